export type Profile = 'admin' | 'supervisor' | 'user';

export type Language = 'pt-BR' | 'en' | 'es';

/** What the API shows of a user: never the hash, never the token version. */
export interface UserView {
  id: number;
  companyId: number;
  name: string;
  email: string;
  profile: Profile;
  super: boolean;
  active: boolean;
  language: Language | null;
  /** Cap of open tickets for distribution; null: the company default (setting `userMaxOpenTickets`). */
  maxOpenTickets: number | null;
  /**
   * The user signs their messages ("*Ana:*\n…" on WhatsApp) where the company's setting `attendantSignature` is
   * on; they change it themself (PUT /api/auth/preferences).
   */
  signMessages: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UsersPage {
  users: UserView[];
  nextCursor: string | null;
}

/** Login, refresh and a password change answer the same: a new access token and who it belongs to. */
export interface SessionView {
  accessToken: string;
  user: UserView;
}
