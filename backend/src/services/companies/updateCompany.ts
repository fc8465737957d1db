import { updateCompanyFields, type CompanyRecord } from '../../db/companies.js';
import type { UserRecord } from '../../db/users.js';
import { AppError } from '../../errors/AppError.js';
import { findCompany } from './findCompany.js';

export interface UpdateCompanyInput {
  actor: UserRecord;
  companyId: number;
  changes: { name?: string; active?: boolean; timezone?: string };
}

export async function updateCompany({ actor, companyId, changes }: UpdateCompanyInput): Promise<CompanyRecord> {
  if (actor.companyId === companyId && changes.active === false) {
    throw AppError.badRequest('ERR_CANNOT_CHANGE_SELF', 'You cannot deactivate your own company');
  }
  const company = await findCompany(companyId);
  return updateCompanyFields(company, { name: changes.name?.trim(), active: changes.active, timezone: changes.timezone });
}
