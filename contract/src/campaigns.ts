import type { WeeklySchedule } from './queues.js';

// Campaigns and contact lists (issue 14). A campaign sends one text (1–5 variants, rotated per recipient, with
// the quick replies' {{variables}}) and one optional file to an audience, through one connection, at a capped
// rate. Its recipients are resolved into shippings when it starts: one per (campaign, contact).

/** draft → scheduled (waits for scheduledAt) / running ⇄ paused → finished; or cancelled. */
export type CampaignStatus = 'draft' | 'scheduled' | 'running' | 'paused' | 'finished' | 'cancelled';

/** pending → sending → sent → delivered → read; or failed (reason), or skipped (excluded: reason). */
export type CampaignShippingStatus = 'pending' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed' | 'skipped';

/** Why a recipient was skipped; a failed one carries an ERR_* code or the send error instead. */
export type CampaignSkipReason = 'opted_out' | 'group' | 'invalid_number';

/** Who the campaign is for: the union of these (a contact in two of them gets one message). */
export interface CampaignTarget {
  tagIds: number[];
  contactIds: number[];
  contactListIds: number[];
}

export interface CampaignVariant {
  body: string;
}

export interface CampaignMedia {
  mediaType: 'image' | 'video' | 'audio' | 'document';
  fileName: string;
  mimetype: string;
  size: number;
}

/**
 * Cumulative counts: `sent` counts every recipient WhatsApp took (sent, delivered or read), `delivered` those
 * delivered or read, `read` those read; `replied` those who wrote back after it; `optedOut` and `excluded`
 * (groups, invalid numbers) are skipped recipients; `total` counts every shipping row.
 */
export interface CampaignStats {
  total: number;
  pending: number;
  sending: number;
  sent: number;
  delivered: number;
  read: number;
  replied: number;
  failed: number;
  optedOut: number;
  excluded: number;
}

/** 'open': the message opens a waiting ticket when the contact has none; 'log': it is only kept in the history. */
export type CampaignTicketMode = 'open' | 'log';

export interface CampaignView {
  id: number;
  name: string;
  status: CampaignStatus;
  whatsapp: { id: number; name: string } | null;
  /** Who created it. */
  user: { id: number; name: string } | null;
  messages: CampaignVariant[];
  media: CampaignMedia | null;
  target: CampaignTarget;
  scheduledAt: string | null;
  ratePerMinute: number;
  jitterSeconds: number;
  /** In the company's time zone; null: any time. */
  sendingWindow: WeeklySchedule | null;
  ticketMode: CampaignTicketMode;
  queueId: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  stats: CampaignStats;
  /** When the last pending recipient should go out at the campaign's rate (ignoring the window); null when none is left. */
  estimatedEndAt: string | null;
}

/** The audience of a target before sending: who would receive it and who is excluded, and why. */
export interface CampaignAudience {
  total: number;
  eligible: number;
  optedOut: number;
  groups: number;
  invalid: number;
}

export interface CampaignShippingView {
  id: number;
  contact: { id: number; name: string; number: string };
  variant: number;
  status: CampaignShippingStatus;
  reason: string | null;
  messageId: number | null;
  ticketId: number | null;
  attempts: number;
  sentAt: string | null;
  deliveredAt: string | null;
  readAt: string | null;
  repliedAt: string | null;
  failedAt: string | null;
}

/** A variant filled in for one sample contact (the wizard's preview). */
export interface CampaignPreview {
  contact: { id: number; name: string; number: string } | null;
  bodies: string[];
}

export interface ContactListView {
  id: number;
  name: string;
  size: number;
  createdAt: string;
  updatedAt: string;
}
