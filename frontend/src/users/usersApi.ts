import type { Answer } from '@atende/contract';
import { api } from '../api/client';
import type { Language, Profile } from '../api/types';

export type { UsersPage } from '@atende/contract';

export interface CreateUserInput {
  name: string;
  email: string;
  password: string;
  profile: Profile;
  /** null: the company default. */
  maxOpenTickets: number | null;
  /** The queues the user serves, replacing the current ones; absent: unchanged. */
  queueIds?: number[];
}

export type UpdateUserInput = Partial<CreateUserInput & { active: boolean; language: Language }>;

export const PAGE_SIZE = 50;

export const usersApi = {
  list: (params: { search: string; cursor: string | null }, signal?: AbortSignal) =>
    api.get<Answer<'GET /api/users'>>('/api/users', { query: { search: params.search, cursor: params.cursor, limit: PAGE_SIZE }, signal }),
  create: (input: CreateUserInput) => api.post<Answer<'POST /api/users'>>('/api/users', input).then((r) => r.user),
  update: (id: number, input: UpdateUserInput) => api.put<Answer<'PUT /api/users/:id'>>(`/api/users/${id}`, input).then((r) => r.user),
  remove: (id: number) => api.delete(`/api/users/${id}`),
};
