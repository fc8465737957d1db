import type { TFunction } from 'i18next';
import { formatClock, formatDay } from '../ticketTime';
import type { ContactPresence } from './useContactPresence';

/** The header's words for the customer's presence: "digitando…", "online", "visto por último hoje 14:02". */
export function presenceText(presence: ContactPresence | null, t: TFunction, language: string): string | null {
  if (!presence) return null;
  switch (presence.presence) {
    case 'composing':
      return t('chatDetails.typing');
    case 'recording':
      return t('chatDetails.recording');
    case 'available':
      return t('chatDetails.online');
    case 'unavailable': {
      if (!presence.lastSeen) return null; // hidden by the customer: say nothing rather than "offline"
      const words = { today: t('tickets.today'), yesterday: t('tickets.yesterday') };
      const time = `${formatDay(presence.lastSeen, language, words).toLowerCase()} ${formatClock(presence.lastSeen, language)}`;
      return t('chatDetails.lastSeen', { time });
    }
  }
}
