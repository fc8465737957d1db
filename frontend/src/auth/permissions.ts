import type { Profile, User } from '../api/types';

/** Mirrors the backend's rules so the UI hides what the server would refuse anyway. */
export function hasProfile(user: User | null, profiles: readonly Profile[]): boolean {
  return user !== null && profiles.includes(user.profile);
}

export const canReadUsers = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
export const canWriteUsers = (user: User | null) => hasProfile(user, ['admin']);
export const canManageConnections = (user: User | null) => hasProfile(user, ['admin']);
/** Every signed-in profile works tickets; the server decides which ones each may see. */
export const canUseInbox = (user: User | null) => user !== null;
