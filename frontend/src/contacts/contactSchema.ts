import { z } from 'zod';
import type { Contact, ContactInput } from './contactTypes';

// Limits from backend/src/services/contacts/limits.ts. Messages are i18n keys, translated at render time.
export const CONTACT_LIMITS = { name: 120, number: 40, email: 254, fieldName: 60, fieldValue: 500, fields: 20 } as const;

const customField = z.object({
  name: z.string().trim().min(1, 'validation.required').max(CONTACT_LIMITS.fieldName, 'validation.nameTooLong'),
  value: z.string().trim().max(CONTACT_LIMITS.fieldValue, 'validation.nameTooLong'),
});

export const contactSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(CONTACT_LIMITS.name, 'validation.nameTooLong'),
  number: z.string().trim().min(1, 'validation.required').max(CONTACT_LIMITS.number, 'validation.nameTooLong'),
  email: z.union([z.literal(''), z.string().trim().max(CONTACT_LIMITS.email, 'validation.emailTooLong').pipe(z.email('validation.email'))]),
  extraInfo: z
    .array(customField)
    .max(CONTACT_LIMITS.fields)
    .superRefine((fields, ctx) => {
      // The server refuses two fields of the same name (any case); say which one here.
      const seen = new Set<string>();
      fields.forEach((field, index) => {
        const key = field.name.trim().toLowerCase();
        if (key && seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'contacts.fieldNameTaken' });
        seen.add(key);
      });
    }),
  tagIds: z.array(z.number()),
});

export type ContactFormValues = z.input<typeof contactSchema>;

export const EMPTY_CONTACT: ContactFormValues = { name: '', number: '', email: '', extraInfo: [], tagIds: [] };

export function formValuesOf(contact: Contact): ContactFormValues {
  return {
    name: contact.name,
    number: contact.number,
    email: contact.email ?? '',
    extraInfo: contact.extraInfo.map((f) => ({ ...f })),
    tagIds: contact.tags.map((tag) => tag.id),
  };
}

/** The request body: trimmed, an empty e-mail is "none". */
export function inputOf(values: ContactFormValues): ContactInput {
  return {
    name: values.name.trim(),
    number: values.number.trim(),
    email: values.email.trim() === '' ? null : values.email.trim(),
    extraInfo: values.extraInfo.map((f) => ({ name: f.name.trim(), value: f.value.trim() })),
    tagIds: values.tagIds,
  };
}
