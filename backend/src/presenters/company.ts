import type { CompanyRecord } from '../db/companies.js';

export interface CompanyView {
  id: number;
  name: string;
  active: boolean;
  timezone: string;
  createdAt: string;
  updatedAt: string;
}

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
