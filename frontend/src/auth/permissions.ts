import type { Profile, User } from '../api/types';

/** Mirrors the backend's rules so the UI hides what the server would refuse anyway. */
export function hasProfile(user: User | null, profiles: readonly Profile[]): boolean {
  return user !== null && profiles.includes(user.profile);
}

export const canReadUsers = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
/** The team panel (issue 17): presence, pauses and load of everyone; pause or log someone out. */
export const canSeeTeam = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
export const canWriteUsers = (user: User | null) => hasProfile(user, ['admin']);
export const canManageConnections = (user: User | null) => hasProfile(user, ['admin']);
/** Every signed-in profile works tickets; the server decides which ones each may see. */
export const canUseInbox = (user: User | null) => user !== null;
export const canSeeDashboard = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
/** Everyone reads and edits contacts; import, export and delete are for admins and supervisors. */
export const canReadContacts = (user: User | null) => user !== null;
export const canManageContacts = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
export const canManageQueues = (user: User | null) => hasProfile(user, ['admin']);
/** Supervisors see which agents answer their customers; only admins change or try them (trying spends tokens). */
export const canReadAiAgents = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
export const canWriteAiAgents = (user: User | null) => hasProfile(user, ['admin']);
/** Tickets the AI agent answers are listed for supervisors and admins only, who may take them over ("Assumir"). */
/** Several tickets transferred or closed at once (issue 17): the server's POST /api/tickets/bulk takes no one else. */
export const canBulkActOnTickets = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
export const canTakeOverFromAi = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
/** Who typed each outgoing message (issue 17): a supervisor's view of the team's conversations. */
export const canSeeMessageSenders = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
export const canManageQuickReplies = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
export const canManageTags = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
export const canManageSettings = (user: User | null) => hasProfile(user, ['admin']);
export const canManageCompanies = (user: User | null) => user !== null && user.super;
/** Campaigns and the contact lists they send to: admins and supervisors (attendants get ERR_FORBIDDEN). */
export const canManageCampaigns = (user: User | null) => hasProfile(user, ['admin', 'supervisor']);
/** Deals and tasks: everyone (attendants only their own, the server decides); pipelines and stages are set by admins. */
export const canUseCrm = (user: User | null) => user !== null;
export const canManagePipelines = (user: User | null) => hasProfile(user, ['admin']);
/** API tokens and webhooks act for the whole company: admins only (the server refuses everyone else). */
export const canManageIntegrations = (user: User | null) => hasProfile(user, ['admin']);
