import type { Answer } from '@atende/contract';
import { api } from '../api/client';

export type { CompanyView as Company } from '@atende/contract';

export interface CreateCompanyInput {
  name: string;
  timezone: string;
  /** The company's first admin, created with it. */
  admin: { name: string; email: string; password: string };
}

export type UpdateCompanyInput = Partial<{ name: string; active: boolean; timezone: string }>;

export const companiesApi = {
  list: (signal?: AbortSignal) => api.get<Answer<'GET /api/companies'>>('/api/companies', { signal }).then((r) => r.companies),
  create: (input: CreateCompanyInput) => api.post<Answer<'POST /api/companies'>>('/api/companies', input),
  update: (id: number, input: UpdateCompanyInput) => api.put<Answer<'PUT /api/companies/:id'>>(`/api/companies/${id}`, input).then((r) => r.company),
  remove: (id: number) => api.delete(`/api/companies/${id}`),
};
