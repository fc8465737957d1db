import type { Operation } from '../operation.js';
import { idParams } from '../../lib/validation.js';
import { createWhatsappBody, updateWhatsappBody } from '../../routes/whatsapps/schema.js';

export const whatsappsOperations: Operation[] = [
  { method: 'GET', path: '/api/whatsapps', summary: 'List WhatsApp connections', access: 'user', errors: [] },
  {
    method: 'POST',
    path: '/api/whatsapps',
    summary: 'Create a WhatsApp connection',
    access: 'admin',
    body: createWhatsappBody,
    answers: { status: 201 },
    errors: ['ERR_AI_AGENT_NAME_IN_USE', 'ERR_AI_AGENT_NOT_FOUND', 'ERR_QUEUE_NOT_FOUND', 'ERR_WHATSAPP_NAME_IN_USE'],
  },
  { method: 'GET', path: '/api/whatsapps/:id', summary: 'Get a WhatsApp connection', access: 'user', params: idParams, errors: ['ERR_WHATSAPP_NOT_FOUND'] },
  {
    method: 'PUT',
    path: '/api/whatsapps/:id',
    summary: 'Update a WhatsApp connection',
    access: 'admin',
    params: idParams,
    body: updateWhatsappBody,
    errors: [
      'ERR_AI_AGENT_NAME_IN_USE',
      'ERR_AI_AGENT_NOT_FOUND',
      'ERR_QUEUE_NOT_FOUND',
      'ERR_WHATSAPP_DEFAULT_REQUIRED',
      'ERR_WHATSAPP_NAME_IN_USE',
      'ERR_WHATSAPP_NOT_FOUND',
    ],
  },
  {
    method: 'POST',
    path: '/api/whatsapps/:id/session',
    summary: 'Start (or restart) a WhatsApp session',
    access: 'admin',
    params: idParams,
    errors: ['ERR_WHATSAPP_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/whatsapps/:id/session',
    summary: 'Disconnect a WhatsApp session',
    access: 'admin',
    params: idParams,
    errors: ['ERR_WHATSAPP_NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/api/whatsapps/:id/qrcode',
    summary: "The connection's current QR code",
    access: 'user',
    params: idParams,
    errors: ['ERR_WHATSAPP_NOT_FOUND'],
  },
  {
    method: 'DELETE',
    path: '/api/whatsapps/:id',
    summary: 'Delete a WhatsApp connection',
    access: 'admin',
    params: idParams,
    answers: { status: 204 },
    errors: ['ERR_WHATSAPP_NOT_FOUND'],
  },
];
