import { AppError } from '../../errors/AppError.js';
import type { Company } from '../../models/Company.js';
import type { User } from '../../models/User.js';
import { findCompany } from './findCompany.js';

export interface UpdateCompanyInput {
  actor: User;
  companyId: number;
  changes: { name?: string; active?: boolean; timezone?: string };
}

export async function updateCompany({ actor, companyId, changes }: UpdateCompanyInput): Promise<Company> {
  if (actor.companyId === companyId && changes.active === false) {
    throw AppError.badRequest('ERR_CANNOT_CHANGE_SELF', 'You cannot deactivate your own company');
  }
  const company = await findCompany(companyId);
  return company.update({
    ...(changes.name !== undefined && { name: changes.name.trim() }),
    ...(changes.active !== undefined && { active: changes.active }),
    ...(changes.timezone !== undefined && { timezone: changes.timezone }),
  });
}
