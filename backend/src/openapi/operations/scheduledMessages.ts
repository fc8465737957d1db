import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createScheduledMessageBody, listScheduledMessagesQuery, updateScheduledMessageBody } from '../../routes/scheduledMessages/schema.js';

export const scheduledMessagesOperations: Operation[] = [
  {
    method: 'GET',
    path: '/api/scheduled-messages',
    summary: 'List scheduled messages',
    access: 'user',
    query: listScheduledMessagesQuery,
    errors: ['ERR_SCHEDULED_IN_PAST', 'ERR_SCHEDULED_MESSAGE_NOT_FOUND', 'ERR_SCHEDULED_MESSAGE_NOT_PENDING'],
  },
  {
    method: 'POST',
    path: '/api/scheduled-messages',
    summary: 'Create a scheduled message',
    access: 'user',
    body: createScheduledMessageBody,
    answers: { status: 201 },
    errors: [
      'ERR_CANNOT_START_WITH_GROUP',
      'ERR_CONTACT_NOT_FOUND',
      'ERR_CONTACT_NUMBER_IN_USE',
      'ERR_SCHEDULED_IN_PAST',
      'ERR_SCHEDULED_MESSAGE_NOT_FOUND',
      'ERR_SCHEDULED_MESSAGE_NOT_PENDING',
      'ERR_TICKET_NOT_FOUND',
      'ERR_USER_INACTIVE',
      'ERR_WHATSAPP_NOT_FOUND',
    ],
  },
  {
    method: 'GET',
    path: '/api/scheduled-messages/:id',
    summary: 'Get a scheduled message',
    access: 'user',
    params: idParams,
    errors: ['ERR_SCHEDULED_IN_PAST', 'ERR_SCHEDULED_MESSAGE_NOT_FOUND', 'ERR_SCHEDULED_MESSAGE_NOT_PENDING'],
  },
  {
    method: 'PUT',
    path: '/api/scheduled-messages/:id',
    summary: 'Update a scheduled message',
    access: 'user',
    params: idParams,
    body: updateScheduledMessageBody,
    errors: [
      'ERR_CANNOT_START_WITH_GROUP',
      'ERR_CONTACT_NOT_FOUND',
      'ERR_CONTACT_NUMBER_IN_USE',
      'ERR_SCHEDULED_IN_PAST',
      'ERR_SCHEDULED_MESSAGE_NOT_FOUND',
      'ERR_SCHEDULED_MESSAGE_NOT_PENDING',
      'ERR_TICKET_NOT_FOUND',
      'ERR_USER_INACTIVE',
      'ERR_WHATSAPP_NOT_FOUND',
    ],
  },
  {
    method: 'DELETE',
    path: '/api/scheduled-messages/:id',
    summary: 'Delete a scheduled message',
    access: 'user',
    params: idParams,
    errors: ['ERR_SCHEDULED_IN_PAST', 'ERR_SCHEDULED_MESSAGE_NOT_FOUND', 'ERR_SCHEDULED_MESSAGE_NOT_PENDING'],
  },
];
