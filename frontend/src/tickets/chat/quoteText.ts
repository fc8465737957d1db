import type { TFunction } from 'i18next';
import type { Message } from '../messagesApi';

const MEDIA_WORDS = ['image', 'video', 'audio', 'voice', 'document', 'sticker', 'location', 'contact'];

/** One line that stands for a message inside a quote: its text, or what kind of file it is. */
export function quoteText(t: TFunction, message: Message): string {
  if (message.isDeleted) return t('tickets.deleted');
  const kind = MEDIA_WORDS.includes(message.mediaType) ? t(`chat.quote.media.${message.mediaType}`) : '';
  if (message.mediaType === 'location' || message.mediaType === 'contact') return message.body ? `${kind}: ${message.body}` : kind;
  return message.body || kind;
}

/** Who wrote the quoted message, as the attendant reads it. */
export function quoteAuthor(t: TFunction, message: Message, contactName?: string): string {
  return message.fromMe ? t('chat.quote.you') : (contactName ?? t('chat.quote.contact'));
}
