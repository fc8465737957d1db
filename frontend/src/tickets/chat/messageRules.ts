import type { Message } from '../messagesApi';

// The backend refuses edits after 15 minutes (WhatsApp would not show them); the menu hides the option then.
const EDIT_WINDOW_MS = 15 * 60 * 1000;

/** Only text the attendant side sent, not deleted, still inside WhatsApp's edit window. */
export function canEdit(message: Message, now = Date.now()): boolean {
  return message.fromMe && !message.isDeleted && message.mediaType === 'text' && now - Date.parse(message.sentAt) < EDIT_WINDOW_MS;
}

export function canDelete(message: Message): boolean {
  return message.fromMe && !message.isDeleted;
}

/** Types whose body is a summary the bubble already shows in a richer form (or a file name). */
export function showsBody(message: Message): boolean {
  if (message.isDeleted || !message.body) return false;
  if (message.mediaType === 'location' || message.mediaType === 'contact') return false;
  if (message.mediaType === 'document') return message.body !== message.fileName;
  return true;
}

/** 1.2 MB, 340 KB: sizes as people read them, in the reader's number format. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
