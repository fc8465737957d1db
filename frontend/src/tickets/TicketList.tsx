import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import List from '@mui/material/List';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { canReadUsers } from '../auth/permissions';
import { useNow } from '../common/useNow';
import { errorMessage } from '../i18n/errorMessage';
import { useSettings } from '../settings/settingsQuery';
import { useAttendants } from './list/inboxLookups';
import { activeFilterCount, type TicketFilters } from './list/ticketFilters';
import { useQueues } from './queuesQuery';
import { TicketCard } from './TicketCard';
import { CloseFromListButton } from '../closing/CloseFromListButton';
import type { Ticket, TicketStatus } from './ticketsApi';
import type { useTicketList } from './ticketsQuery';

interface TicketListProps {
  status: TicketStatus;
  list: ReturnType<typeof useTicketList>;
  selectedId: number | null;
  search: string;
  filtered: TicketFilters;
  /** A supervisor's "Selecionar" mode: a checkbox beside each card (absent: no checkboxes). */
  selection?: { chosen: ReadonlySet<number>; toggle(id: number): void };
}

/** The cards of one tab; the next page loads when the end of the list scrolls into view. */
export function TicketList({ status, list, selectedId, search, filtered, selection }: TicketListProps) {
  const { t } = useTranslation();
  const { user: me } = useAuth();
  const queues = useQueues();
  const attendants = useAttendants(canReadUsers(me));
  // Whose ticket it is matters when it is someone else's; your own need no name.
  const holderOf = (userId: number | null) => (userId === null || userId === me?.id ? undefined : attendants.data?.find((u) => u.id === userId)?.name);
  // Waiting too long (the company's setting; 0: off): counted from when the ticket last became pending (a reopened
  // or returned ticket starts again, not from its creation), re-read every half minute.
  const alertMinutes = useSettings({ enabled: status === 'pending' }).data?.pendingAlertMinutes ?? 0;
  const now = useNow(30_000, status === 'pending' && alertMinutes > 0);
  const waitingMinutes = (ticket: Ticket) => {
    if (status !== 'pending' || alertMinutes <= 0) return undefined;
    const minutes = Math.floor((now - Date.parse(ticket.pendingSince)) / 60_000);
    return minutes >= alertMinutes ? minutes : undefined;
  };
  const sentinel = useRef<HTMLDivElement>(null);
  const tickets: Ticket[] = list.data?.pages.flatMap((p) => p.tickets) ?? [];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;

  useEffect(() => {
    const el = sentinel.current;
    // jsdom and very old browsers have no IntersectionObserver: the button below still works there.
    if (!el || !hasNextPage || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (list.isPending) {
    return (
      <Stack spacing={1} sx={{ p: 2 }} role="status" aria-label={t('app.loading')}>
        {[0, 1, 2, 3].map((row) => (
          <Skeleton key={row} variant="rounded" height={56} />
        ))}
      </Stack>
    );
  }
  if (list.isError) {
    return (
      <Alert severity="error" sx={{ m: 2 }} action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}>
        {errorMessage(t, list.error)}
      </Alert>
    );
  }
  return (
    <Box sx={{ flex: 1, overflowY: 'auto' }}>
      {tickets.length === 0 ? (
        <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>
          {search ? t('tickets.emptySearch', { search }) : activeFilterCount(filtered) ? t('inbox.filters.empty') : t(`tickets.empty.${status}`)}
        </Typography>
      ) : null}
      <List disablePadding aria-label={t('tickets.listLabel', { tab: t(`tickets.tabs.${status}`) })}>
        {tickets.map((ticket) => (
          // The card is a link; "Encerrar sem aceitar" sits beside it (not inside: no button within a link).
          <Box key={ticket.id} sx={{ position: 'relative', display: 'flex', alignItems: 'center' }}>
            {selection ? (
              // Beside the card, not in it: the card stays a link to the chat.
              <Checkbox
                size="small"
                checked={selection.chosen.has(ticket.id)}
                onChange={() => selection.toggle(ticket.id)}
                slotProps={{ input: { 'aria-label': t('inboxBulk.select.ticket', { name: ticket.contact.name }) } }}
                sx={{ ml: 0.5 }}
              />
            ) : null}
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <TicketCard
                ticket={ticket}
                queue={queues.data?.find((q) => q.id === ticket.queueId)}
                attendantName={holderOf(ticket.userId)}
                selected={ticket.id === selectedId}
                waitingMinutes={waitingMinutes(ticket)}
              />
            </Box>
            {ticket.status === 'pending' && !ticket.botActive ? <CloseFromListButton ticket={ticket} /> : null}
          </Box>
        ))}
      </List>
      <div ref={sentinel} />
      {hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 1 }}>
          <Button size="small" loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {t('common.loadMore')}
          </Button>
        </Box>
      ) : null}
    </Box>
  );
}
