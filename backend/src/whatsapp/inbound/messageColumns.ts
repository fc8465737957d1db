// Every Messages column but `raw` (the encoded WhatsApp message kept for media retries): what events and
// the API may see of a row. Listed once so inserts, updates and reads return the same shape (MessageRow).
const COLUMNS = [
  'id', '"companyId"', '"ticketId"', '"contactId"', '"whatsappId"', 'wid', '"fromMe"', 'body', '"mediaType"', '"mediaPath"',
  'ack', '"quotedMsgId"', '"isDeleted"', '"editedAt"', '"sentAt"', '"createdAt"', '"updatedAt"',
  'mimetype', '"mediaSize"', '"fileName"', '"mediaStatus"', 'content', 'reactions', 'automatic',
];

export function messageColumns(alias?: string): string {
  return alias ? COLUMNS.map((c) => `${alias}.${c}`).join(', ') : COLUMNS.join(', ');
}
