import type { Group } from '../services/tickets/ticketVisibility.js';

// Room names are built here and only here; clients never name a room.
export const companyRoom = (companyId: number) => `company:${companyId}`;
export const queueRoom = (companyId: number, queueId: number) => `company:${companyId}:queue:${queueId}`;
export const userRoom = (userId: number) => `user:${userId}`;
export const adminsRoom = (companyId: number) => `company:${companyId}:admins`;
/** Admins, supervisors and super admins: everyone who sees every ticket of the company. */
export const supervisorsRoom = (companyId: number) => `company:${companyId}:supervisors`;

/** The room of one of the ticket visibility rule's groups: the sockets that join it, and the events sent to it. */
export function roomOf(companyId: number, group: Group): string {
  switch (group.kind) {
    case 'supervisors':
      return supervisorsRoom(companyId);
    case 'user':
      return userRoom(group.userId);
    case 'queue':
      return queueRoom(companyId, group.queueId);
    case 'company':
      return companyRoom(companyId);
  }
}
