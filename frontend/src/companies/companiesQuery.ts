import { useQuery, type QueryClient } from '@tanstack/react-query';
import { companiesApi, type Company } from './companiesApi';

const companiesKey = ['companies'] as const;

/** Every company of the install, by name (a handful: one list, no paging). */
export function useCompaniesList() {
  return useQuery({ queryKey: companiesKey, queryFn: ({ signal }) => companiesApi.list(signal) });
}

const byName = (a: Company, b: Company) => a.name.localeCompare(b.name) || a.id - b.id;

export function upsertCompany(client: QueryClient, company: Company): void {
  client.setQueryData<Company[]>(companiesKey, (list = []) => [...list.filter((c) => c.id !== company.id), company].sort(byName));
}

export function removeCompany(client: QueryClient, companyId: number): void {
  client.setQueryData<Company[]>(companiesKey, (list) => list?.filter((c) => c.id !== companyId));
}
