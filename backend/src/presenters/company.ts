import type { CompanyView } from '@atende/contract';
import type { CompanyRecord } from '../db/companies.js';

export function presentCompany(company: CompanyRecord): CompanyView {
  return {
    id: company.id,
    name: company.name,
    active: company.active,
    timezone: company.timezone,
    createdAt: company.createdAt.toISOString(),
    updatedAt: company.updatedAt.toISOString(),
  };
}
