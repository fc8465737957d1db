import type { TagRef } from './tags.js';

/** A custom field of a contact ("CPF", "Plano"…), kept in order; names unique regardless of case. */
export interface CustomField {
  name: string;
  value: string;
}

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
  createdAt: string;
  updatedAt: string;
}

/** The short form carried by tickets and message events. */
export type ContactRef = Pick<ContactView, 'id' | 'name' | 'number'>;

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
