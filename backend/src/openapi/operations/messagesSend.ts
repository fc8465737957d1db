import type { Operation } from '../operation.js';
import { sendToNumberBody, sentMessageParams } from '../../routes/messagesSend/schema.js';

export const messagesSendOperations: Operation[] = [
  {
    method: 'POST',
    path: '/api/messages/send',
    summary: 'Send a WhatsApp message to a phone number (JSON, or multipart with `file`)',
    description:
      'The number is normalised (Brazil by default; the ninth digit is added to old 8-digit mobiles) and the contact created when unknown. ' +
      "A contact's active ticket is continued; otherwise the message goes to history only or opens a waiting ticket (setting apiSendTicketMode, or closeTicket). " +
      'Header `Idempotency-Key`: the same key within 24 h sends once and answers the first result (200, `Idempotent-Replayed: true`). ' +
      '`mediaUrl` is fetched by the server (15 s, the upload size limit, type judged from the bytes; private addresses refused unless the company allows them).',
    access: 'user',
    body: sendToNumberBody,
    upload: true,
    answers: { status: 201 },
    errors: [
      'ERR_INVALID_PHONE_NUMBER',
      'ERR_EMPTY_MESSAGE',
      'ERR_QUOTED_MESSAGE_NOT_FOUND',
      'ERR_MEDIA_URL_BLOCKED',
      'ERR_MEDIA_URL_FAILED',
      'ERR_MEDIA_TOO_LARGE',
      'ERR_FILE_TYPE_NOT_ALLOWED',
      'ERR_FILE_TYPE_MISMATCH',
      'ERR_FILE_TOO_LARGE',
      'ERR_WHATSAPP_NOT_FOUND',
      'ERR_IDEMPOTENCY_KEY_IN_USE',
      'ERR_IDEMPOTENCY_KEY_REUSED',
    ],
  },
  {
    method: 'GET',
    path: '/api/messages/send/:id',
    summary: 'A message sent through the send API, with its ack',
    access: 'user',
    params: sentMessageParams,
    errors: ['ERR_MESSAGE_NOT_FOUND'],
  },
];
