import type { Transaction } from 'sequelize';
import { exec, exists, many, one } from './sql.js';
import { updateChanged } from './updateChanged.js';

// "Companies": the tenants. Every other row belongs to one (ON DELETE CASCADE), so deleting it deletes them all.

/** A "Companies" row as read with `SELECT *` / `RETURNING *`. */
export interface CompanyRecord {
  id: number;
  name: string;
  active: boolean;
  /** The IANA zone its business hours, dashboards and {{variables}} are read in. */
  timezone: string;
  createdAt: Date;
  updatedAt: Date;
}

export type CompanyChanges = Partial<Pick<CompanyRecord, 'name' | 'active' | 'timezone'>>;

const CHANGEABLE: Readonly<Record<keyof CompanyChanges, string>> = { name: 'name', active: 'active', timezone: 'timezone' };

/** The platform operator's list: every company, by name. */
export function listCompanies(): Promise<CompanyRecord[]> {
  return many(`SELECT * FROM "Companies" ORDER BY name, id`);
}

export function findCompany(companyId: number, transaction?: Transaction): Promise<CompanyRecord | undefined> {
  return one(`SELECT * FROM "Companies" WHERE id = :companyId`, { companyId }, { transaction });
}

/** Whether the company may work (undefined: it does not exist). */
export async function companyActive(companyId: number, transaction?: Transaction): Promise<boolean | undefined> {
  return (await one<{ active: boolean }>(`SELECT active FROM "Companies" WHERE id = :companyId`, { companyId }, { transaction }))?.active;
}

export async function companyTimezone(companyId: number): Promise<string | undefined> {
  return (await one<{ timezone: string }>(`SELECT timezone FROM "Companies" WHERE id = :companyId`, { companyId }))?.timezone;
}

/** Whether the install has any company yet (the first boot seeds one). */
export function anyCompany(): Promise<boolean> {
  return exists(`SELECT 1 FROM "Companies" LIMIT 1`);
}

/** Without a time zone the column's default applies. */
export async function insertCompany(transaction: Transaction, company: { name: string; timezone?: string }): Promise<CompanyRecord> {
  const row = company.timezone
    ? await one<CompanyRecord>(`INSERT INTO "Companies" (name, timezone) VALUES (:name, :timezone) RETURNING *`, { ...company }, { transaction })
    : await one<CompanyRecord>(`INSERT INTO "Companies" (name) VALUES (:name) RETURNING *`, { name: company.name }, { transaction });
  return row!;
}

/** Writes the changed fields of `company` (no statement when nothing differs); answers the row as stored. */
export function updateCompanyFields(company: CompanyRecord, changes: CompanyChanges, transaction?: Transaction): Promise<CompanyRecord> {
  return updateChanged('Companies', CHANGEABLE, company, changes, transaction);
}

/** Everything of the company goes with it (ON DELETE CASCADE), media files aside. */
export async function deleteCompanyRow(transaction: Transaction, companyId: number): Promise<void> {
  await exec(`DELETE FROM "Companies" WHERE id = :companyId`, { companyId }, { transaction });
}
