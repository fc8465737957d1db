// Room names are built here and only here; clients never name a room.
export const companyRoom = (companyId: number) => `company:${companyId}`;
export const queueRoom = (companyId: number, queueId: number) => `company:${companyId}:queue:${queueId}`;
export const userRoom = (userId: number) => `user:${userId}`;
export const adminsRoom = (companyId: number) => `company:${companyId}:admins`;
/** Admins, supervisors and super admins: everyone who sees every ticket of the company. */
export const supervisorsRoom = (companyId: number) => `company:${companyId}:supervisors`;
