import { useEffect, useRef } from 'react';
import { messagesApi } from '../messagesApi';

// WhatsApp shows "digitando…" for a while after one "composing": repeating it every few seconds keeps it on
// while the attendant writes, without a request per keystroke.
const REPEAT_MS = 8_000;
// No key for this long: the customer sees the attendant stopped.
const IDLE_MS = 4_000;

/**
 * Tells the customer the attendant is typing (throttled 'composing', then 'paused' after a pause, when the
 * text is emptied or sent, and when the chat is left). Failures are ignored: it is only a courtesy.
 */
export function useTypingSignal(ticketId: number, text: string, active: boolean): void {
  const lastComposing = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const send = (action: 'composing' | 'paused') => void messagesApi.presence(ticketId, action).catch(() => undefined);

  const stop = useRef<() => void>(() => undefined);
  stop.current = () => {
    if (idle.current) clearTimeout(idle.current);
    idle.current = null;
    if (lastComposing.current === 0) return;
    lastComposing.current = 0;
    send('paused');
  };

  useEffect(() => {
    if (!active || text.trim() === '') {
      stop.current();
      return;
    }
    const now = Date.now();
    if (now - lastComposing.current > REPEAT_MS) {
      lastComposing.current = now;
      send('composing');
    }
    if (idle.current) clearTimeout(idle.current);
    idle.current = setTimeout(() => stop.current(), IDLE_MS);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the text itself: every change is a keystroke
  }, [text, active]);

  useEffect(() => () => stop.current(), [ticketId]);
}
