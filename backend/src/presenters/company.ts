import type { CompanyView } from '@atende/contract';
import type { Company } from '../models/Company.js';

export function presentCompany(company: Company): CompanyView {
  return {
    id: company.id,
    name: company.name,
    active: company.active,
    timezone: company.timezone,
    createdAt: company.createdAt.toISOString(),
    updatedAt: company.updatedAt.toISOString(),
  };
}
