// @atende/contract: the shapes of the API, written once. The backend's presenters return these types and
// its routes and socket emits are checked against them; the frontend reads the same types, so a field
// renamed here (or a presenter that answers another shape) fails `npm run typecheck` on both sides.
// Types only: every import is `import type`, nothing of it reaches a bundle or the backend's dist/.
export type * from './aiAgents.js';
export type * from './aiUsage.js';
export type * from './alerts.js';
export type * from './campaigns.js';
export type * from './closing.js';
export type * from './companies.js';
export type * from './contacts.js';
export type * from './crm.js';
export type * from './dashboard.js';
export type * from './endpoints.js';
export type * from './events.js';
export type * from './integrations.js';
export type * from './internalChats.js';
export type * from './messages.js';
export type * from './queues.js';
export type * from './quickReplies.js';
export type * from './scheduledMessages.js';
export type * from './settings.js';
export type * from './tags.js';
export type * from './tickets.js';
export type * from './users.js';
export type * from './whatsapps.js';
