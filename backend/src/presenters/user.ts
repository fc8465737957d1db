import type { UserView } from '@atende/contract';
import type { UserRecord } from '../db/users.js';

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
    signMessages: user.signMessages !== false,
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
