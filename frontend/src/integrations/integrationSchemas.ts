import type { ApiScope, WebhookEvent } from '@atende/contract';
import { z } from 'zod';

// The database's limits (migration 0028): messages are i18n keys, translated by the form.
export const NAME_MAX = 80;
export const URL_MAX = 2000;

export const EXPIRY_CHOICES = ['never', 'days30', 'days90', 'days365', 'custom'] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];
const DAYS: Record<Exclude<ExpiryChoice, 'never' | 'custom'>, number> = { days30: 30, days90: 90, days365: 365 };

/** A custom date ("2027-03-31") is good until the end of that day, in the admin's own time zone. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59`);

export const apiTokenSchema = z
  .object({
    name: z.string().trim().min(1, 'validation.required').max(NAME_MAX, 'integrations.tokens.nameTooLong'),
    scopes: z.array(z.custom<ApiScope>()).min(1, 'integrations.tokens.scopesRequired'),
    expiry: z.enum(EXPIRY_CHOICES),
    expiryDate: z.string(),
  })
  .refine((v) => v.expiry !== 'custom' || (/^\d{4}-\d{2}-\d{2}$/.test(v.expiryDate) && endOfDay(v.expiryDate).getTime() > Date.now()), {
    path: ['expiryDate'],
    message: 'integrations.tokens.expiryDateInvalid',
  });

export type ApiTokenFormValues = z.input<typeof apiTokenSchema>;

/** The instant the chosen validity ends, as the API takes it; undefined: never. */
export function expiresAtOf(values: Pick<ApiTokenFormValues, 'expiry' | 'expiryDate'>, now = Date.now()): string | undefined {
  if (values.expiry === 'never') return undefined;
  if (values.expiry === 'custom') return endOfDay(values.expiryDate).toISOString();
  return new Date(now + DAYS[values.expiry] * 24 * 3600 * 1000).toISOString();
}

export const webhookSchema = z.object({
  name: z.string().trim().max(NAME_MAX, 'integrations.webhooks.nameTooLong'),
  url: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(URL_MAX, 'integrations.webhooks.urlInvalid')
    .refine((value) => {
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, 'integrations.webhooks.urlInvalid'),
  events: z.array(z.custom<WebhookEvent>()).min(1, 'integrations.webhooks.eventsRequired'),
  active: z.boolean(),
  allowLocal: z.boolean(),
});

export type WebhookFormValues = z.input<typeof webhookSchema>;
export type WebhookFormOutput = z.output<typeof webhookSchema>;
