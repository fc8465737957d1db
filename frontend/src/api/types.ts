import type { Profile } from '@atende/contract';

// The API's shapes come from @atende/contract (the backend's presenters return them); the UI only reads them.
export type { Language, Profile, SessionView as SessionPayload, UserView as User } from '@atende/contract';

export const PROFILES: readonly Profile[] = ['admin', 'supervisor', 'user'];
