import type { TagRef } from './tags.js';

/** A custom field of a contact ("CPF", "Plano"…), kept in order; names unique regardless of case. */
export interface CustomField {
  name: string;
  value: string;
}

/**
 * How close a contact is to buying, from its lead score: hot 70–100, warm 40–69, cold 0–39. A contact with no
 * score (null: the AI agent never judged it and nobody set one) has no bucket — unknown is not cold.
 */
export type LeadBucket = 'hot' | 'warm' | 'cold';

export interface ContactView {
  id: number;
  name: string;
  /** Digits only; Brazilian mobiles with the ninth digit. */
  number: string;
  email: string | null;
  isGroup: boolean;
  profilePicUrl: string | null;
  extraInfo: CustomField[];
  tags: TagRef[];
  /**
   * 0–100: moved by the AI agent's answers (each one's `leadScoreDelta`, clamped), or set by hand
   * (`PUT /api/contacts/:id {leadScore}`); null while nobody has scored the contact.
   */
  leadScore: number | null;
  /** The score's bucket; null when there is no score. */
  leadBucket: LeadBucket | null;
  /**
   * Since when the customer refuses campaigns (they answered an opt-out keyword such as "SAIR"); null: campaigns
   * may reach them. `PUT /api/contacts/:id {optedOut: false}` clears it.
   */
  optedOutAt: string | null;
  /**
   * Blocked (`PUT /api/contacts/:id/block`): no ticket, notification, chatbot, AI or CSAT from what they send;
   * their messages are dropped and only counted (`blockedMessages`, `lastBlockedAt`). null: not blocked.
   */
  blockedAt: string | null;
  blockedMessages: number;
  lastBlockedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The short form carried by message events. */
export type ContactRef = Pick<ContactView, 'id' | 'name' | 'number'>;

/** What a ticket carries of its contact: the short form and its lead score (the inbox card's chip, the lead filter). */
export type TicketContact = Pick<ContactView, 'id' | 'name' | 'number' | 'leadScore' | 'leadBucket'>;

export interface ContactsPage {
  contacts: ContactView[];
  nextCursor: string | null;
}

/** Why a CSV row cannot be imported: stable codes the frontend translates. */
export type ImportRowProblem =
  | 'ERR_NAME_REQUIRED'
  | 'ERR_NAME_TOO_LONG'
  | 'ERR_NUMBER_REQUIRED'
  | 'ERR_INVALID_PHONE_NUMBER'
  | 'ERR_INVALID_EMAIL'
  | 'ERR_INVALID_TAGS'
  | 'ERR_CUSTOM_FIELD_TOO_LONG'
  | 'ERR_TOO_MANY_CUSTOM_FIELDS'
  | 'ERR_TOO_MANY_CELLS';

export type ImportRowReport =
  | { row: number; status: 'ok'; name: string; number: string; contactId?: number }
  | { row: number; status: 'duplicate'; name: string; number: string; duplicateOf: { row: number } | { contactId: number } }
  | { row: number; status: 'malformed'; name: string; number: string; problems: ImportRowProblem[] };

export interface ImportReport {
  dryRun: boolean;
  summary: { rows: number; ok: number; duplicate: number; malformed: number; imported: number };
  /** Tags named in the file that do not exist yet: created with the import. */
  newTags: string[];
  rows: ImportRowReport[];
}
