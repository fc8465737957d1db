import { ctx } from '../context.js';
import { anyCompany } from '../db/companies.js';
import { makeSuperAdmin } from '../db/users.js';
import { logger } from '../lib/logger.js';
import { createCompany } from '../services/companies/createCompany.js';

/**
 * First boot: creates the first company and its admin (also the install's super admin) from
 * ADMIN_EMAIL / ADMIN_PASSWORD. Later boots change nothing, even if those variables change.
 */
export async function seedFirstCompany(): Promise<void> {
  const { seed } = ctx().config;
  if (await anyCompany()) return;
  if (!seed.adminEmail || !seed.adminPassword) {
    throw new Error('The database is empty: set ADMIN_EMAIL and ADMIN_PASSWORD so the first admin can be created');
  }
  const { company, admin } = await createCompany({
    name: seed.companyName,
    admin: { name: seed.adminName, email: seed.adminEmail, password: seed.adminPassword },
  });
  await makeSuperAdmin(admin.id);
  logger.info('first company and admin created', { companyId: company.id, adminEmail: admin.email });
}
