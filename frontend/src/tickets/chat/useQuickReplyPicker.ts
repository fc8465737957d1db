import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../common/FeedbackContext';
import { errorMessage } from '../../i18n/errorMessage';
import { quickRepliesApi, useQuickReplySearch, type QuickReplyOption } from './quickRepliesApi';

// "/" at the very start, then the shortcut being typed (no spaces): the menu's search term.
const SLASH = /^\/(\S*)$/;

interface Options {
  text: string;
  ticketId: number;
  queueId: number | null;
  /** The rendered text, and the reply it came from (its file, if any, goes with the text). */
  onRendered(text: string, option: QuickReplyOption): void;
}

/**
 * Quick replies on "/": while the box holds "/term" a list of matches is open; arrows move through it,
 * Enter or Tab picks, Esc closes it. The picked reply is rendered for this ticket (contact name, attendant,
 * date filled in by the server) and replaces the box's text, for the attendant to read before sending.
 */
export function useQuickReplyPicker({ text, ticketId, queueId, onRendered }: Options) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const listId = useId();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const term = SLASH.exec(text)?.[1] ?? null;
  const open = term !== null && dismissed !== text;
  const search = useQuickReplySearch(open ? term : null, queueId);
  const options = open ? (search.data ?? []) : [];
  const current = Math.min(active, Math.max(0, options.length - 1));

  const pick = async (option: QuickReplyOption) => {
    setDismissed(text);
    try {
      onRendered(await quickRepliesApi.rendered(option.id, ticketId), option);
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    }
  };

  /** Handles the key when the list is open; true when it did (the composer must not send then). */
  const onKeyDown = (event: KeyboardEvent): boolean => {
    if (!open) return false;
    if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(text);
      return true;
    }
    if (options.length === 0) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
      return true;
    }
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
      event.preventDefault();
      void pick(options[current]!);
      return true;
    }
    return false;
  };

  const chosen = options[current];
  return {
    open,
    listId,
    options,
    loading: search.isFetching,
    active: current,
    activeId: open && chosen ? `${listId}-${chosen.id}` : undefined,
    pick: (option: QuickReplyOption) => void pick(option),
    onKeyDown,
  };
}
