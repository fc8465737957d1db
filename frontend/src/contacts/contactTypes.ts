// Shapes from backend/src/presenters/contact.ts and services/contacts/ImportContactsService.ts; the backend owns them.

/** A custom field of a contact ("CPF", "Plano"…), kept in order. */
export interface CustomField {
  name: string;
  value: string;
}

export interface TagRef {
  id: number;
  name: string;
  color: string;
}

export interface Contact {
  id: number;
  name: string;
  number: string;
  email: string | null;
  isGroup: boolean;
  profilePicUrl: string | null;
  extraInfo: CustomField[];
  tags: TagRef[];
  createdAt: string;
  updatedAt: string;
}

export interface ContactsPage {
  contacts: Contact[];
  nextCursor: string | null;
}

export interface ContactInput {
  name: string;
  number: string;
  email: string | null;
  extraInfo: CustomField[];
  tagIds: number[];
}

export type ContactEvent =
  | { action: 'created' | 'updated'; contact: Contact }
  | { action: 'deleted'; contactId: number }
  | { action: 'imported'; count: number };

/** Why a CSV row cannot be imported: `ERR_*` codes translated under `errors.*`. */
export type RowProblem = string;

export type ImportRowReport =
  | { row: number; status: 'ok'; name: string; number: string; contactId?: number }
  | { row: number; status: 'duplicate'; name: string; number: string; duplicateOf: { row: number } | { contactId: number } }
  | { row: number; status: 'malformed'; name: string; number: string; problems: RowProblem[] };

export interface ImportReport {
  dryRun: boolean;
  summary: { rows: number; ok: number; duplicate: number; malformed: number; imported: number };
  /** Tags named in the file that do not exist yet: created with the import. */
  newTags: string[];
  rows: ImportRowReport[];
}
