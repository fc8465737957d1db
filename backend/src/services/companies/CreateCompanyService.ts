import { ctx } from '../../context.js';
import { Company } from '../../models/Company.js';
import type { User } from '../../models/User.js';
import { createUser } from '../users/CreateUserService.js';

export interface CreateCompanyInput {
  name: string;
  timezone?: string;
  admin: { name: string; email: string; password: string };
}

/** A company never exists without someone able to run it: company and first admin commit together. */
export async function createCompany({ name, timezone, admin }: CreateCompanyInput): Promise<{ company: Company; admin: User }> {
  return ctx().sequelize.transaction(async (transaction) => {
    const company = await Company.create({ name: name.trim(), ...(timezone && { timezone }) }, { transaction });
    const adminUser = await createUser({ ...admin, companyId: company.id, profile: 'admin', transaction });
    return { company, admin: adminUser };
  });
}
