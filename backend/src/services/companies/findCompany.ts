import type { Transaction } from 'sequelize';
import { AppError } from '../../errors/AppError.js';
import { Company } from '../../models/Company.js';

export async function findCompany(companyId: number, transaction?: Transaction): Promise<Company> {
  const company = await Company.findByPk(companyId, { transaction });
  if (!company) throw AppError.notFound('ERR_COMPANY_NOT_FOUND', 'Company not found');
  return company;
}
