import type { Campaign, CampaignShipping, CampaignStats } from './campaignsApi';

const at = '2026-12-01T12:00:00.000Z';

export function makeStats(overrides: Partial<CampaignStats> = {}): CampaignStats {
  return { total: 0, pending: 0, sending: 0, sent: 0, delivered: 0, read: 0, replied: 0, failed: 0, optedOut: 0, excluded: 0, ...overrides };
}

let nextId = 40;

/** A campaign as the API answers it: a draft of one variant to one tag, unless told otherwise. */
export function makeCampaign(overrides: Partial<Campaign> = {}): Campaign {
  nextId += 1;
  return {
    id: nextId,
    name: `Campanha ${nextId}`,
    status: 'draft',
    whatsapp: { id: 1, name: 'Loja Centro' },
    user: { id: 5, name: 'Sara Supervisora' },
    messages: [{ body: 'Oi {{firstName}}, temos novidades!' }],
    media: null,
    target: { tagIds: [3], contactIds: [], contactListIds: [] },
    scheduledAt: null,
    ratePerMinute: 12,
    jitterSeconds: 10,
    sendingWindow: null,
    ticketMode: 'log',
    queueId: null,
    startedAt: null,
    finishedAt: null,
    createdAt: at,
    updatedAt: at,
    stats: makeStats(),
    estimatedEndAt: null,
    ...overrides,
  };
}

export function makeShipping(id: number, overrides: Partial<CampaignShipping> = {}): CampaignShipping {
  return {
    id,
    contact: { id: 100 + id, name: `Cliente ${id}`, number: `55119000000${String(id).padStart(2, '0')}` },
    variant: 0,
    status: 'pending',
    reason: null,
    messageId: null,
    ticketId: null,
    attempts: 0,
    sentAt: null,
    deliveredAt: null,
    readAt: null,
    repliedAt: null,
    failedAt: null,
    ...overrides,
  };
}
