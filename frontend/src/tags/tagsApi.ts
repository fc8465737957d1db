import type { Answer, TagView as Tag } from '@atende/contract';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/client';

export type { TagView as Tag } from '@atende/contract';

export interface TagInput {
  name: string;
  color: string;
}

export const tagsApi = {
  list: (signal?: AbortSignal) => api.get<Answer<'GET /api/tags'>>('/api/tags', { signal }).then((r) => r.tags),
  create: (input: TagInput) => api.post<Answer<'POST /api/tags'>>('/api/tags', input).then((r) => r.tag),
  update: (id: number, input: TagInput) => api.put<Answer<'PUT /api/tags/:id'>>(`/api/tags/${id}`, input).then((r) => r.tag),
  remove: (id: number) => api.delete(`/api/tags/${id}`),
};

/** Other screens (contacts, inbox filters) cache tags under the same root key. */
export const tagsRootKey = ['tags'] as const;
const listKey = [...tagsRootKey, 'admin-list'] as const;

/** Every tag of the company in name order: at most a few hundred, so one list filtered on the page. */
export function useTagsList() {
  return useQuery({ queryKey: listKey, queryFn: ({ signal }) => tagsApi.list(signal) });
}

const byName = (a: Tag, b: Tag) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id - b.id;

export function upsertTagInList(client: QueryClient, tag: Tag): void {
  client.setQueryData<Tag[]>(listKey, (list) => list && [...list.filter((t) => t.id !== tag.id), tag].sort(byName));
}

export function removeTagFromList(client: QueryClient, tagId: number): void {
  client.setQueryData<Tag[]>(listKey, (list) => list?.filter((t) => t.id !== tagId));
}

export function refreshOtherTagLists(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: tagsRootKey, predicate: (query) => query.queryKey[1] !== listKey[1] });
}
