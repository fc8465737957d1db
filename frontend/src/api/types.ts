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
  createdAt: string;
  updatedAt: string;
}

export interface SessionPayload {
  accessToken: string;
  user: User;
}
