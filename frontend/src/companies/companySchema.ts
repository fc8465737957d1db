import { z } from 'zod';
import { createUserSchema } from '../users/userSchema';

// Limits from backend/src/routes/companies/schema.ts; messages are i18n keys translated at render time.
export const COMPANY_NAME_MAX = 120;
export const DEFAULT_TIMEZONE = 'America/Sao_Paulo';

const name = z.string().trim().min(1, 'validation.required').max(COMPANY_NAME_MAX, 'validation.nameTooLong');
const timezone = z.string().min(1, 'validation.required');

// The first admin follows the same rules as any user the admins create.
const { name: adminName, email: adminEmail, password: adminPassword } = createUserSchema.shape;

export const createCompanySchema = z.object({ name, timezone, active: z.boolean(), adminName, adminEmail, adminPassword });
export const editCompanySchema = z.object({ name, timezone, active: z.boolean(), adminName: z.string(), adminEmail: z.string(), adminPassword: z.string() });

export type CompanyFormValues = z.input<typeof createCompanySchema>;

export const EMPTY_COMPANY: CompanyFormValues = {
  name: '',
  timezone: DEFAULT_TIMEZONE,
  active: true,
  adminName: '',
  adminEmail: '',
  adminPassword: '',
};
