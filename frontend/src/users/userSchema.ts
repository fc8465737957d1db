import { z } from 'zod';
import { PROFILES, type Profile } from '../api/types';

// Limits from the API contract. Messages are i18n keys; the form translates them at render time.
export const NAME_MAX = 120;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** An attendant's own cap of open tickets: the same bounds as the company's `userMaxOpenTickets`. */
export const MAX_OPEN_TICKETS = { min: 1, max: 500 } as const;

const base = {
  name: z.string().trim().min(1, 'validation.required').max(NAME_MAX, 'validation.nameTooLong'),
  email: z.string().trim().min(1, 'validation.required').max(EMAIL_MAX, 'validation.emailTooLong').pipe(z.email('validation.email')),
  profile: z.enum(PROFILES as [Profile, ...Profile[]]),
  /** Typed as text: empty means "the company default". */
  maxOpenTickets: z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= MAX_OPEN_TICKETS.min && Number(v) <= MAX_OPEN_TICKETS.max), 'users.maxOpenTicketsRange'),
  /**
   * The queues the user serves (issue 17: set here too, not only from each queue). Undefined while an edited
   * user's queues are not read yet: nothing is sent then, so a failed read never empties them.
   */
  queueIds: z.array(z.number().int()).optional(),
};

const password = z.string().min(PASSWORD_MIN, 'validation.passwordTooShort').max(PASSWORD_MAX, 'validation.passwordTooLong');

export const createUserSchema = z.object({ ...base, password });

/** On edit an empty password means "keep the current one". */
export const editUserSchema = z.object({ ...base, password: z.union([z.literal(''), password]) });

export type UserFormValues = z.input<typeof createUserSchema>;

/** The form's text as the API wants it: a whole number, or null for the company default. */
export function maxOpenTicketsOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}

export const validationParams = { min: PASSWORD_MIN, max: PASSWORD_MAX } as const;
export function limitFor(field: keyof UserFormValues): Record<string, number> {
  if (field === 'name') return { max: NAME_MAX };
  if (field === 'queueIds') return {};
  if (field === 'maxOpenTickets') return { ...MAX_OPEN_TICKETS };
  if (field === 'email') return { max: EMAIL_MAX };
  return { ...validationParams };
}
