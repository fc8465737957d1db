import { z } from 'zod';
import { PROFILES, type Profile } from '../api/types';

// Limits from the API contract. Messages are i18n keys; the form translates them at render time.
export const NAME_MAX = 120;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const base = {
  name: z.string().trim().min(1, 'validation.required').max(NAME_MAX, 'validation.nameTooLong'),
  email: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(EMAIL_MAX, 'validation.emailTooLong')
    .pipe(z.email('validation.email')),
  profile: z.enum(PROFILES as [Profile, ...Profile[]]),
};

const password = z.string().min(PASSWORD_MIN, 'validation.passwordTooShort').max(PASSWORD_MAX, 'validation.passwordTooLong');

export const createUserSchema = z.object({ ...base, password });

/** On edit an empty password means "keep the current one". */
export const editUserSchema = z.object({ ...base, password: z.union([z.literal(''), password]) });

export type UserFormValues = z.input<typeof createUserSchema>;

export const validationParams = { min: PASSWORD_MIN, max: PASSWORD_MAX } as const;
export function limitFor(field: keyof UserFormValues): Record<string, number> {
  if (field === 'name') return { max: NAME_MAX };
  if (field === 'email') return { max: EMAIL_MAX };
  return { ...validationParams };
}
