import { z } from 'zod';

export const email = z.string().trim().toLowerCase().email().max(254);
export const password = z.string().min(8).max(128);

export const loginBody = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(128) }).strict();
/** The user's own preferences (issue 17). */
export const preferencesBody = z.object({ signMessages: z.boolean().optional() }).strict();

export const changePasswordBody = z.object({ currentPassword: z.string().min(1).max(128), newPassword: password }).strict();
