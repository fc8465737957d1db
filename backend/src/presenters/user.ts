import type { TeamMemberView, UserView } from '@atende/contract';
import type { TeamRow, UserRecord } from '../db/users.js';

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
    pausedAt: user.pausedAt ? user.pausedAt.toISOString() : null,
    pauseReason: user.pauseReason ?? null,
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

export function presentTeamMember(row: TeamRow, online: boolean): TeamMemberView {
  return {
    id: row.id,
    name: row.name,
    profile: row.profile,
    online,
    pausedAt: row.pausedAt ? row.pausedAt.toISOString() : null,
    pauseReason: row.pauseReason,
    openTickets: row.openTickets,
    maxOpenTickets: row.maxOpenTickets,
    queueIds: row.queueIds.map(Number),
  };
}
