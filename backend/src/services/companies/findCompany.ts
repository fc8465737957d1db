import type { Transaction } from 'sequelize';
import * as companies from '../../db/companies.js';
import { AppError } from '../../errors/AppError.js';

export async function findCompany(companyId: number, transaction?: Transaction): Promise<companies.CompanyRecord> {
  const company = await companies.findCompany(companyId, transaction);
  if (!company) throw AppError.notFound('ERR_COMPANY_NOT_FOUND', 'Company not found');
  return company;
}
