import { listCompanies as selectCompanies, type CompanyRecord } from '../../db/companies.js';

/** The platform operator's list: every company of the install, by name (a handful to a few hundred). */
export function listCompanies(): Promise<CompanyRecord[]> {
  return selectCompanies();
}
