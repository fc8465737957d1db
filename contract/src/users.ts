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
  /** Paused since (issue 17): no distributed tickets until they are available again; null: available. */
  pausedAt: string | null;
  /** The pause's reason in their words (lunch, a meeting); null when none. */
  pauseReason: string | null;
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

/** One person on the supervisors' team panel (`GET /api/team`): presence, pause and load. */
export interface TeamMemberView {
  id: number;
  name: string;
  profile: Profile;
  /** A socket of theirs is connected now (the presence distribution uses). */
  online: boolean;
  pausedAt: string | null;
  pauseReason: string | null;
  /** Open tickets they hold now. */
  openTickets: number;
  /** Their own cap; null: the company's `userMaxOpenTickets`. */
  maxOpenTickets: number | null;
  queueIds: number[];
}

/** Told to the user whose availability changed (by themself or a supervisor, `byUserId`). */
export interface AvailabilityEvent {
  user: UserView;
  byUserId: number;
  /** Who did it, by name (attendants cannot list users). */
  byName: string;
}
