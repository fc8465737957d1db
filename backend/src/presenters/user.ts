import type { Language, Profile, UserRecord } from '../db/users.js';

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
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the API shows of a user: never the hash, never the token version. */
export function presentUser(user: UserRecord): UserView {
  return {
    id: user.id,
    companyId: user.companyId,
    name: user.name,
    email: user.email,
    profile: user.profile,
    super: user.super,
    active: user.active,
    language: user.language ?? null,
    maxOpenTickets: user.maxOpenTickets ?? null,
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
