import { z } from 'zod';

const message = z.string().trim().max(4096).nullable();

export const createWhatsappBody = z
  .object({
    name: z.string().trim().min(1).max(80),
    isDefault: z.boolean().optional(),
    greetingMessage: message.optional(),
    farewellMessage: message.optional(),
  })
  .strict();

export const updateWhatsappBody = createWhatsappBody.partial().strict();
