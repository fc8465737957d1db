import { ctx } from '../../context.js';
import { insertCompany, type CompanyRecord } from '../../db/companies.js';
import { insertDefaultPipeline } from '../../db/pipelines.js';
import type { UserRecord } from '../../db/users.js';
import { createUser } from '../users/createUser.js';

export interface CreateCompanyInput {
  name: string;
  timezone?: string;
  admin: { name: string; email: string; password: string };
}

/**
 * A company never exists without someone able to run it: company and first admin commit together, with the
 * default "Vendas" pipeline so the kanban works from the first login.
 */
export async function createCompany({ name, timezone, admin }: CreateCompanyInput): Promise<{ company: CompanyRecord; admin: UserRecord }> {
  return ctx().sequelize.transaction(async (transaction) => {
    const company = await insertCompany(transaction, { name: name.trim(), timezone });
    await insertDefaultPipeline(transaction, company.id);
    const adminUser = await createUser({ ...admin, companyId: company.id, profile: 'admin', transaction });
    return { company, admin: adminUser };
  });
}
