import { useCallback, useEffect, useRef } from 'react';
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
  const typing = useRef<{ lastComposing: number; idle: ReturnType<typeof setTimeout> | null }>({ lastComposing: 0, idle: null });

  const stop = useCallback(() => {
    const state = typing.current;
    if (state.idle) clearTimeout(state.idle);
    state.idle = null;
    if (state.lastComposing === 0) return;
    state.lastComposing = 0;
    messagesApi.presence(ticketId, 'paused').catch(() => undefined);
  }, [ticketId]);

  // Every change of the text is a keystroke (or a paste, or the box emptied by a send).
  useEffect(() => {
    if (!active || text.trim() === '') return stop();
    const state = typing.current;
    const now = Date.now();
    if (now - state.lastComposing > REPEAT_MS) {
      state.lastComposing = now;
      messagesApi.presence(ticketId, 'composing').catch(() => undefined);
    }
    if (state.idle) clearTimeout(state.idle);
    state.idle = setTimeout(stop, IDLE_MS);
  }, [text, active, ticketId, stop]);

  useEffect(() => stop, [stop]);
}
