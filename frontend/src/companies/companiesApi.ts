import { api } from '../api/client';
import type { User } from '../api/types';

// Shapes from docs/api-contract.md ("Companies") and backend/src/presenters/company.ts.
export interface Company {
  id: number;
  name: string;
  active: boolean;
  /** IANA zone the company's business hours and dashboard days are read in. */
  timezone: string;
  createdAt: string;
  updatedAt: string;
}

export interface CreateCompanyInput {
  name: string;
  timezone: string;
  /** The company's first admin, created with it. */
  admin: { name: string; email: string; password: string };
}

export type UpdateCompanyInput = Partial<{ name: string; active: boolean; timezone: string }>;

export const companiesApi = {
  list: (signal?: AbortSignal) => api.get<{ companies: Company[] }>('/api/companies', { signal }).then((r) => r.companies),
  create: (input: CreateCompanyInput) => api.post<{ company: Company; admin: User }>('/api/companies', input),
  update: (id: number, input: UpdateCompanyInput) => api.put<{ company: Company }>(`/api/companies/${id}`, input).then((r) => r.company),
  remove: (id: number) => api.delete(`/api/companies/${id}`),
};
