import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createQuickReplyBody, listQuickRepliesQuery, renderQuickReplyQuery, updateQuickReplyBody } from '../../routes/quickReplies/schema.js';

export const quickRepliesOperations: Operation[] = [
  { method: 'GET', path: '/api/quick-replies', summary: 'List quick replies', access: 'user', query: listQuickRepliesQuery, errors: [] },
  {
    method: 'POST',
    path: '/api/quick-replies',
    summary: 'Create a quick reply',
    access: 'supervisor',
    body: createQuickReplyBody,
    answers: { status: 201 },
    errors: ['ERR_QUEUE_NOT_FOUND', 'ERR_QUICK_REPLY_SHORTCUT_IN_USE'],
  },
  { method: 'GET', path: '/api/quick-replies/:id', summary: 'Get a quick reply', access: 'user', params: idParams, errors: ['ERR_QUICK_REPLY_NOT_FOUND'] },
  {
    method: 'GET',
    path: '/api/quick-replies/:id/rendered',
    summary: "A quick reply's text with the variables filled in",
    access: 'user',
    params: idParams,
    query: renderQuickReplyQuery,
    errors: ['ERR_QUICK_REPLY_NOT_FOUND', 'ERR_TICKET_NOT_FOUND'],
  },
  {
    method: 'PUT',
    path: '/api/quick-replies/:id',
    summary: 'Update a quick reply',
    access: 'supervisor',
    params: idParams,
    body: updateQuickReplyBody,
    errors: ['ERR_QUEUE_NOT_FOUND', 'ERR_QUICK_REPLY_NOT_FOUND', 'ERR_QUICK_REPLY_SHORTCUT_IN_USE'],
  },
  {
    method: 'DELETE',
    path: '/api/quick-replies/:id',
    summary: 'Delete a quick reply',
    access: 'supervisor',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_QUICK_REPLY_NOT_FOUND'],
  },
];
