// Shapes from docs/api-contract.md; the backend owns them, the UI only reads them.
export type Profile = 'admin' | 'supervisor' | 'user';
export const PROFILES: readonly Profile[] = ['admin', 'supervisor', 'user'];

export type Language = 'pt-BR' | 'en' | 'es';

export interface User {
  id: number;
  companyId: number;
  name: string;
  email: string;
  profile: Profile;
  super: boolean;
  active: boolean;
  language: Language | null;
  /** Most open tickets distribution gives them; null: the company's `userMaxOpenTickets` setting. */
  maxOpenTickets: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionPayload {
  accessToken: string;
  user: User;
}
