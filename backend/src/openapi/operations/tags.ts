import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createTagBody, listTagsQuery, updateTagBody } from '../../routes/tags/schema.js';

export const tagsOperations: Operation[] = [
  { method: 'GET', path: '/api/tags', summary: 'List tags', access: 'user', query: listTagsQuery, errors: [] },
  {
    method: 'POST',
    path: '/api/tags',
    summary: 'Create a tag',
    access: 'supervisor',
    body: createTagBody,
    answers: { status: 201 },
    errors: ['ERR_TAG_NAME_IN_USE', 'ERR_TAG_NOT_FOUND'],
  },
  { method: 'GET', path: '/api/tags/:id', summary: 'Get a tag', access: 'user', params: idParams, errors: ['ERR_TAG_NAME_IN_USE', 'ERR_TAG_NOT_FOUND'] },
  {
    method: 'PUT',
    path: '/api/tags/:id',
    summary: 'Update a tag',
    access: 'supervisor',
    params: idParams,
    body: updateTagBody,
    errors: ['ERR_TAG_NAME_IN_USE', 'ERR_TAG_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/tags/:id',
    summary: 'Delete a tag',
    access: 'supervisor',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_TAG_NAME_IN_USE', 'ERR_TAG_NOT_FOUND'],
  },
];
