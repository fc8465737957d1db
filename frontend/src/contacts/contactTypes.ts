import type { CustomField } from '@atende/contract';

// The API's shapes are @atende/contract's; what the UI sends (ContactInput) is written here.
export type {
  ContactView as Contact,
  ContactsPage,
  CustomField,
  ImportReport,
  ImportRowProblem as RowProblem,
  ImportRowReport,
  TagRef,
} from '@atende/contract';

export interface ContactInput {
  name: string;
  number: string;
  email: string | null;
  extraInfo: CustomField[];
  tagIds: number[];
}
