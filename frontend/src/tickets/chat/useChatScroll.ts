import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../common/FeedbackContext';
import type { Message, MessagesPage } from '../messagesApi';
import { cachedMessage } from '../messagesQuery';

// Within this many pixels of the bottom the reader is "following" the chat: new messages scroll into view.
const FOLLOW_THRESHOLD = 120;
// Near the top, the next older page starts loading.
const LOAD_THRESHOLD = 80;
const HIGHLIGHT_MS = 2000;

type History = UseInfiniteQueryResult<InfiniteData<MessagesPage, unknown>>;
/** Loads the older history down to a message (one request); resolves with the query's state after it. */
type FetchUntil = (id: number) => Promise<{ isError: boolean; data?: InfiniteData<MessagesPage, unknown> }>;

/**
 * The chat's scrolling: starts at the bottom, follows new messages only when the reader is at the bottom
 * (otherwise counts them for a "new messages" pill), keeps the reader's place while older pages are
 * inserted above, and jumps to a message (loading the older history down to it first).
 */
export function useChatScroll(history: History, messages: Message[], fetchUntil: FetchUntil) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  // The first message on screen and its distance from the top of the view, saved before older pages arrive.
  const anchor = useRef<{ id: number; offset: number } | null>(null);
  const [unseen, setUnseen] = useState(0);
  const [target, setTarget] = useState<number | null>(null);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  // Handlers (scroll, jump) read the latest query state, not the one of the render that created them.
  const historyRef = useRef(history);
  useLayoutEffect(() => {
    historyRef.current = history;
  });

  const element = (id: number) => scroller.current?.querySelector<HTMLElement>(`[data-message-id="${id}"]`) ?? null;
  const offsetOf = (el: HTMLElement) => el.getBoundingClientRect().top - scroller.current!.getBoundingClientRect().top;

  // Read through a ref so that the callbacks below stay the same while messages arrive (bubbles are memoized).
  const messagesRef = useRef(messages);
  useLayoutEffect(() => {
    messagesRef.current = messages;
  });
  const saveAnchor = useCallback(() => {
    const first = messagesRef.current[0];
    const el = first ? element(first.id) : null;
    anchor.current = first && el ? { id: first.id, offset: offsetOf(el) } : null;
  }, []);

  const firstId = messages[0]?.id;
  // Ids already on screen: what is new in a render is what was not there before.
  const seen = useRef<Set<number> | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Older messages were inserted above: move by exactly what they added, so the same message stays put.
    if (anchor.current && anchor.current.id !== firstId) {
      const kept = element(anchor.current.id);
      if (kept) el.scrollTop += offsetOf(kept) - anchor.current.offset;
      anchor.current = null;
    }
    if (messages.length === 0) return;
    if (seen.current === null) {
      seen.current = new Set(messages.map((m) => m.id));
      el.scrollTop = el.scrollHeight;
      return;
    }
    // New arrivals are the unseen ones after the oldest already seen (an older page lands before it). They are
    // not always the last: the customer's phone time orders them, and it may be behind ours.
    const known = seen.current;
    const oldest = messages.findIndex((m) => known.has(m.id));
    const arrived = messages.filter((m, index) => index > oldest && !known.has(m.id));
    for (const m of messages) known.add(m.id);
    if (arrived.length === 0) return;
    // Our own new message (just sent) always brings the view down; the customer's only when following.
    if (following.current || arrived.some((m) => m.fromMe)) {
      el.scrollTop = el.scrollHeight;
      following.current = true;
    } else {
      setUnseen((n) => n + arrived.length);
    }
  }, [firstId, messages]);

  const loadOlder = useCallback(() => {
    const h = historyRef.current;
    if (!h.hasNextPage || h.isFetchingNextPage) return;
    saveAnchor();
    void h.fetchNextPage();
  }, [saveAnchor]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    following.current = el.scrollHeight - el.scrollTop - el.clientHeight < FOLLOW_THRESHOLD;
    if (following.current) setUnseen(0);
    if (el.scrollTop < LOAD_THRESHOLD) loadOlder();
  };

  const toBottom = () => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
    following.current = true;
    setUnseen(0);
  };

  const fetchUntilRef = useRef(fetchUntil);
  useLayoutEffect(() => {
    fetchUntilRef.current = fetchUntil;
  });
  const jumpTo = useCallback(
    async (id: number) => {
      let data = historyRef.current.data;
      if (!cachedMessage(data, id) && historyRef.current.hasNextPage) {
        saveAnchor();
        const result = await fetchUntilRef.current(id);
        if (!result.isError) data = result.data;
      }
      if (!cachedMessage(data, id)) {
        notify(t('chat.quote.notFound'), 'info');
        return;
      }
      setTarget(id);
    },
    [notify, saveAnchor, t],
  );

  // Pictures, players and fonts settle after the first paint, the composer grows and shrinks: a reader at
  // the bottom stays at the bottom.
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (!el || !content.current || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (following.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(content.current);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Once the jumped-to message is rendered: bring it to the middle and light it up for a moment.
  useLayoutEffect(() => {
    if (target === null) return;
    const el = element(target);
    if (!el) return;
    el.scrollIntoView?.({ block: 'center' });
    following.current = false;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- only once the message is in the DOM (seen here) is it lit
    setHighlighted(target);
    setTarget(null);
  }, [target, messages]);
  useEffect(() => {
    if (highlighted === null) return;
    const timer = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlighted]);

  return { scroller, content, onScroll, loadOlder, toBottom, jumpTo, unseen, highlighted };
}
