import type { TFunction } from 'i18next';
import { plainWhatsapp } from '../chat/whatsappFormat';

/**
 * The backend stores a message without text as `[<mediaType>]` in the ticket's lastMessage (inbound and
 * outgoing alike), and a latest message deleted for everyone as `[deleted]`. The card shows an icon and a
 * translated word instead of the raw placeholder.
 */
const MEDIA_ICONS = {
  image: '📷',
  video: '🎥',
  audio: '🎵',
  voice: '🎤',
  document: '📄',
  sticker: '💟',
  location: '📍',
  contact: '👤',
  call: '📞',
} as const;

type PreviewKind = keyof typeof MEDIA_ICONS;
const isKind = (value: string): value is PreviewKind => Object.hasOwn(MEDIA_ICONS, value);

export function ticketPreview(lastMessage: string | null, t: TFunction): string {
  if (!lastMessage) return '';
  const placeholder = /^\[([a-z]+)\]$/.exec(lastMessage)?.[1];
  // A preview is one plain line: WhatsApp's markers (*bold*, _italic_…) are dropped, not shown raw.
  if (!placeholder) return plainWhatsapp(lastMessage);
  if (placeholder === 'deleted') return `🚫 ${t('tickets.deleted')}`;
  // An unknown kind (a newer backend) still reads as "media", never as brackets.
  if (!isKind(placeholder)) return placeholder === 'text' ? '' : `📎 ${t('inbox.card.preview.media')}`;
  return `${MEDIA_ICONS[placeholder]} ${t(`inbox.card.preview.${placeholder}`)}`;
}
