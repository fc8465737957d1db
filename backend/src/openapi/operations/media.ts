import type { Operation } from '../operation.js';
import { mediaParams } from '../../routes/media/schema.js';

export const mediaOperations: Operation[] = [
  {
    method: 'GET',
    path: '/api/messages/:messageId/media',
    summary: "Download a message's file",
    access: 'user',
    params: mediaParams,
    answers: { content: 'file' },
    errors: ['ERR_MEDIA_NOT_FOUND', 'ERR_MEDIA_NOT_READY', 'ERR_MESSAGE_NOT_FOUND', 'ERR_TICKET_NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/api/messages/:messageId/media/retry',
    summary: "Retry downloading a message's file from WhatsApp",
    access: 'user',
    params: mediaParams,
    errors: ['ERR_MEDIA_NOT_RETRIABLE', 'ERR_MESSAGE_NOT_FOUND', 'ERR_TICKET_NOT_FOUND'],
  },
];
