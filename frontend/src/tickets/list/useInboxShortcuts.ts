import { useEffect, useRef } from 'react';
import { TICKET_TABS, type TicketStatus } from '../ticketsApi';

export interface InboxShortcutHandlers {
  /** The ids of the cards in the current tab, top to bottom. */
  ticketIds: number[];
  selectedId: number | null;
  open(ticketId: number): void;
  switchTab(status: TicketStatus): void;
  focusSearch(): void;
  showHelp(): void;
  accept(): void;
  /** Phones only: back from the chat to the list. */
  closeChat: (() => void) | null;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Dialogs, menus and drawers own the keyboard while they are open (Esc closes them, not the chat). */
function insideOverlay(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"], [role="presentation"], [role="menu"], [role="listbox"]') !== null;
}

const DIGITS: Record<string, number> = { Digit1: 0, Digit2: 1, Digit3: 2 };

/**
 * The inbox's keyboard: Alt+↑/↓ previous/next ticket, Alt+1/2/3 tabs, Alt+A accept, Ctrl+K or / search,
 * ? the list of shortcuts, Esc back to the list on phones. Plain keys never fire while typing; chords with a
 * modifier do. `event.code` keeps Alt+digit working on layouts where Alt changes the character.
 */
export function useInboxShortcuts(handlers: InboxShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || insideOverlay(event.target)) return;
      const h = latest.current;
      const done = () => event.preventDefault();
      if (event.altKey && !event.ctrlKey && !event.metaKey) {
        if (event.code === 'ArrowUp' || event.code === 'ArrowDown') {
          const at = h.selectedId === null ? -1 : h.ticketIds.indexOf(h.selectedId);
          const next = event.code === 'ArrowDown' ? h.ticketIds[at + 1] : h.ticketIds[at === -1 ? h.ticketIds.length - 1 : at - 1];
          if (next !== undefined) h.open(next);
          return done();
        }
        const digit = DIGITS[event.code];
        if (digit !== undefined) return (h.switchTab(TICKET_TABS[digit]!), done());
        if (event.code === 'KeyA') return (h.accept(), done());
        return;
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.code === 'KeyK') return (h.focusSearch(), done());
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '/') return (h.focusSearch(), done());
      if (event.key === '?') return (h.showHelp(), done());
      if (event.key === 'Escape' && h.closeChat) return (h.closeChat(), done());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
