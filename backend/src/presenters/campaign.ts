import type { CampaignMedia, CampaignShippingView, CampaignView } from '@atende/contract';
import type { ShippingRow } from '../db/campaignReport.js';
import { fullTarget, type CampaignWithStats } from '../db/campaigns.js';
import { iso } from '../db/sql.js';

/**
 * When the last recipient left should go out at the campaign's own rate: one every 60/rate seconds plus half the
 * jitter on average, from now (running) or from its start time (scheduled). The sending window and other campaigns
 * sharing the connection can only make it later; a paused or ended campaign has none.
 */
function estimatedEndAt(row: CampaignWithStats, now: Date): string | null {
  const left = row.stats.pending + row.stats.sending;
  if (left === 0 || (row.status !== 'running' && row.status !== 'scheduled')) return null;
  const from = row.status === 'scheduled' && row.scheduledAt !== null ? Math.max(now.getTime(), new Date(row.scheduledAt).getTime()) : now.getTime();
  return new Date(from + left * (60_000 / row.ratePerMinute + (row.jitterSeconds * 1000) / 2)).toISOString();
}

function media(row: CampaignWithStats): CampaignMedia | null {
  if (row.mediaPath === null) return null;
  return { mediaType: row.mediaType as CampaignMedia['mediaType'], fileName: row.fileName ?? '', mimetype: row.mimetype ?? '', size: row.size ?? 0 };
}

export function presentCampaign(row: CampaignWithStats, now = new Date()): CampaignView {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    whatsapp: row.whatsappId === null ? null : { id: row.whatsappId, name: row.whatsappName ?? '' },
    user: row.userId === null ? null : { id: row.userId, name: row.userName ?? '' },
    messages: row.messages.map((m) => ({ body: m.body })),
    media: media(row),
    target: fullTarget(row.target),
    scheduledAt: iso(row.scheduledAt),
    ratePerMinute: row.ratePerMinute,
    jitterSeconds: row.jitterSeconds,
    sendingWindow: row.sendingWindow,
    ticketMode: row.ticketMode,
    queueId: row.queueId,
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    stats: row.stats,
    estimatedEndAt: estimatedEndAt(row, now),
  };
}

export function presentCampaignShipping(row: ShippingRow): CampaignShippingView {
  return {
    id: Number(row.id),
    contact: { id: row.contactId, name: row.contactName, number: row.number },
    variant: row.variant,
    status: row.status,
    reason: row.reason,
    messageId: row.messageId === null ? null : Number(row.messageId),
    ticketId: row.ticketId,
    attempts: row.attempts,
    sentAt: iso(row.sentAt),
    deliveredAt: iso(row.deliveredAt),
    readAt: iso(row.readAt),
    repliedAt: iso(row.repliedAt),
    failedAt: iso(row.failedAt),
  };
}
