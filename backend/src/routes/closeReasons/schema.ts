import { z } from 'zod';

export const closeReasonBody = z.object({ name: z.string().trim().min(1).max(60) }).strict(); // VARCHAR(60)
