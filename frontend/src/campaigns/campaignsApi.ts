import type { Answer, CampaignShippingStatus, CampaignTarget, CampaignTicketMode, CampaignVariant, CampaignView, WeeklySchedule } from '@atende/contract';
import { useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, apiBlob, apiRequest } from '../api/client';

export type {
  CampaignAudience,
  CampaignPreview,
  CampaignShippingStatus,
  CampaignShippingView as CampaignShipping,
  CampaignStats,
  CampaignStatus,
  CampaignTarget,
  CampaignView as Campaign,
} from '@atende/contract';

/** What the wizard saves (POST creates a draft, PUT edits it); the file goes separately, once the draft exists. */
export interface CampaignInput {
  name: string;
  whatsappId: number | null;
  messages: CampaignVariant[];
  target: CampaignTarget;
  /** ISO instant; null: as soon as it is started. */
  scheduledAt: string | null;
  ratePerMinute: number;
  jitterSeconds: number;
  sendingWindow: WeeklySchedule | null;
  ticketMode: CampaignTicketMode;
  queueId: number | null;
}

export const SHIPPINGS_PAGE_SIZE = 50;

export const campaignsApi = {
  list: (signal?: AbortSignal) => api.get<Answer<'GET /api/campaigns'>>('/api/campaigns', { signal }).then((r) => r.campaigns),
  get: (id: number, signal?: AbortSignal) => api.get<Answer<'GET /api/campaigns/:id'>>(`/api/campaigns/${id}`, { signal }).then((r) => r.campaign),
  create: (input: CampaignInput) => api.post<Answer<'POST /api/campaigns'>>('/api/campaigns', input).then((r) => r.campaign),
  update: (id: number, input: CampaignInput) => api.put<Answer<'PUT /api/campaigns/:id'>>(`/api/campaigns/${id}`, input).then((r) => r.campaign),
  remove: (id: number) => api.delete<Answer<'DELETE /api/campaigns/:id'>>(`/api/campaigns/${id}`).then((r) => r.campaign),
  /** Sent as a browser form would (field `file`), like a chat attachment. */
  uploadMedia: (id: number, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiRequest<Answer<'POST /api/campaigns/:id/media'>>(`/api/campaigns/${id}/media`, { method: 'POST', body: form }).then((r) => r.campaign);
  },
  removeMedia: (id: number) => api.delete<Answer<'DELETE /api/campaigns/:id/media'>>(`/api/campaigns/${id}/media`).then((r) => r.campaign),
  start: (id: number) => api.post<Answer<'POST /api/campaigns/:id/start'>>(`/api/campaigns/${id}/start`).then((r) => r.campaign),
  pause: (id: number) => api.post<Answer<'POST /api/campaigns/:id/pause'>>(`/api/campaigns/${id}/pause`).then((r) => r.campaign),
  resume: (id: number) => api.post<Answer<'POST /api/campaigns/:id/resume'>>(`/api/campaigns/${id}/resume`).then((r) => r.campaign),
  cancel: (id: number) => api.post<Answer<'POST /api/campaigns/:id/cancel'>>(`/api/campaigns/${id}/cancel`).then((r) => r.campaign),
  shippings: (id: number, params: { status: CampaignShippingStatus | null; cursor: number | null }, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/campaigns/:id/shippings'>>(`/api/campaigns/${id}/shippings`, {
      query: { status: params.status, cursor: params.cursor, limit: SHIPPINGS_PAGE_SIZE },
      signal,
    }),
  audience: (target: CampaignTarget, signal?: AbortSignal) =>
    apiRequest<Answer<'POST /api/campaigns/audience'>>('/api/campaigns/audience', { method: 'POST', body: target, signal }),
  preview: (input: { target: CampaignTarget; messages: CampaignVariant[] }, signal?: AbortSignal) =>
    apiRequest<Answer<'POST /api/campaigns/preview'>>('/api/campaigns/preview', { method: 'POST', body: input, signal }),
  /** The report as CSV; it needs the bearer token, so it is fetched rather than linked. */
  exportCsv: (id: number) => apiBlob(`/api/campaigns/${id}/shippings.csv`),
};

export const campaignsKey = ['campaigns'] as const;
const listKey = [...campaignsKey, 'list'] as const;
export const campaignKey = (id: number) => [...campaignsKey, 'one', id] as const;
export const shippingsKey = (id: number) => [...campaignsKey, 'shippings', id] as const;

export function useCampaigns() {
  return useQuery({ queryKey: listKey, queryFn: ({ signal }) => campaignsApi.list(signal) });
}

export function useCampaign(id: number) {
  return useQuery({ queryKey: campaignKey(id), queryFn: ({ signal }) => campaignsApi.get(id, signal) });
}

/** The recipients, page by page (keyset cursor from the server), optionally of one status. */
export function useShippings(id: number, status: CampaignShippingStatus | null) {
  return useInfiniteQuery({
    queryKey: [...shippingsKey(id), status],
    queryFn: ({ pageParam, signal }) => campaignsApi.shippings(id, { status, cursor: pageParam }, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

const newestFirst = (a: CampaignView, b: CampaignView) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;

/** A campaign as the server sent it (an answer or a socket event) replaces the cached one, in the list and alone. */
export function putCampaign(client: QueryClient, campaign: CampaignView): void {
  client.setQueryData<CampaignView[]>(listKey, (list) => list && [...list.filter((c) => c.id !== campaign.id), campaign].sort(newestFirst));
  client.setQueryData<CampaignView>(campaignKey(campaign.id), campaign);
}

export function dropCampaign(client: QueryClient, id: number): void {
  client.setQueryData<CampaignView[]>(listKey, (list) => list?.filter((c) => c.id !== id));
  client.removeQueries({ queryKey: campaignKey(id) });
}
