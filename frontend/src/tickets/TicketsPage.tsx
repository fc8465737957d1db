import Forum from '@mui/icons-material/ForumOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { SplitPaneFrame } from '../common/SplitPaneFrame';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDebouncedValue } from '../common/useDebouncedValue';
import { errorMessage } from '../i18n/errorMessage';
import { ShortcutsDialog } from './list/ShortcutsDialog';
import { useInboxShortcuts } from './list/useInboxShortcuts';
import { useTicketFilters } from './list/useTicketFilters';
import { useTicketOrder } from './list/useTicketOrder';
import { useTicketSelection } from './list/useTicketSelection';
import { ConnectionDownBanner } from './ConnectionDownBanner';
import { TicketChat } from './TicketChat';
import { TicketListPanel } from './TicketListPanel';
import type { TicketStatus } from './ticketsApi';
import { useTicket, useTicketList } from './ticketsQuery';
import { useLeaveTakenTicket } from './useLeaveTakenTicket';
import { ticketPath, useTicketAddress } from './useTicketAddress';
import { useTicketActions } from './useTicketActions';
import { useTicketEvents } from './useTicketEvents';

/** The inbox: list and chat side by side; on a phone, one screen at a time (the URL decides which). */
export function TicketsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const { ref } = useParams();
  const address = useTicketAddress(ref);
  const selectedId = address.id;
  const [tab, setTab] = useState<TicketStatus>('open');
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), 300);
  const [filters, setFilters] = useTicketFilters();
  // The AI's conversations are all waiting (pending): the Bot filter shows them where they are.
  const changeFilters = (next: typeof filters) => {
    if (next.bot && !filters.bot) setTab('pending');
    setFilters(next);
  };
  // After "Assumir" the ticket is the supervisor's open one: the list follows it there, out of the Bot filter.
  const followTicket = (status: TicketStatus) => {
    setTab(status);
    if (filters.bot && status !== 'pending') setFilters({ ...filters, bot: false });
  };
  const [order, setOrder] = useTicketOrder();
  const list = useTicketList(tab, search, filters, order);
  const selection = useTicketSelection(tab);
  const searchRef = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const tickets = list.data?.pages.flatMap((p) => p.tickets) ?? [];
  const selected = useTicket(selectedId).data;
  const actions = useTicketActions(selected);
  useTicketEvents({ onTicketChanged: useLeaveTakenTicket(selectedId, actions.busy === 'transfer') });
  // A ticket opened by its address (a link, a notification, a past ticket) shows its tab once it loads;
  // later status changes are followed where they are made (header actions), not forced on the user.
  const tabSyncedFor = useRef<number | null>(null);
  useEffect(() => {
    if (!selected || tabSyncedFor.current === selected.id) return;
    tabSyncedFor.current = selected.id;
    setTab(selected.status);
  }, [selected]);
  useInboxShortcuts({
    ticketIds: tickets.map((x) => x.id),
    selectedId,
    open: (id) => {
      const ticket = tickets.find((x) => x.id === id);
      void navigate(ticket ? ticketPath(ticket) : `/tickets/${id}`);
    },
    switchTab: setTab,
    focusSearch: () => searchRef.current?.focus(),
    showHelp: () => setHelpOpen(true),
    accept: () => {
      // Not a ticket the AI answers: taking one over asks first ("Assumir").
      if (selected?.status !== 'pending' || selected.botActive) return;
      void actions.run({ action: 'accept' }).then((changed) => changed && setTab(changed.status));
    },
    closeChat: narrow && ref !== undefined ? () => void navigate('/tickets') : null,
  });

  const showList = !narrow || ref === undefined;
  const showChat = !narrow || ref !== undefined;
  return (
    <SplitPaneFrame title={t('tickets.title')}>
      <ConnectionDownBanner />
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {showList ? (
          <Box
            component="section"
            aria-label={t('tickets.listSection')}
            sx={{ width: narrow ? '100%' : 360, flexShrink: 0, borderRight: narrow ? 0 : 1, borderColor: 'divider' }}
          >
            <TicketListPanel
              tab={tab}
              onTabChange={setTab}
              selectedId={selectedId}
              searchInput={searchInput}
              onSearchInput={setSearchInput}
              searchRef={searchRef}
              search={search}
              filters={filters}
              onFiltersChange={changeFilters}
              list={list}
              order={order}
              onOrderChange={setOrder}
              selection={selection}
              onShowShortcuts={narrow ? null : () => setHelpOpen(true)}
            />
          </Box>
        ) : null}
        {showChat ? (
          <Box component="section" aria-label={t('tickets.chatSection')} sx={{ flex: 1, minWidth: 0 }}>
            {selectedId ? (
              // After accept/close/reopen the list follows the ticket to its new tab.
              <TicketChat key={selectedId} ticketId={selectedId} onStatusChange={followTicket} />
            ) : address.error ? (
              <Alert severity="error" sx={{ m: 2 }}>
                {errorMessage(t, address.error)}
              </Alert>
            ) : ref !== undefined ? (
              <Box sx={{ display: 'grid', placeItems: 'center', height: '100%' }}>
                <CircularProgress aria-label={t('app.loading')} />
              </Box>
            ) : (
              <Box sx={{ display: 'grid', placeItems: 'center', height: '100%', color: 'text.secondary', textAlign: 'center', p: 4 }}>
                <Box>
                  <Forum sx={{ fontSize: 56, opacity: 0.4 }} />
                  <Typography>{t('tickets.noneSelected')}</Typography>
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {t('inbox.shortcuts.hint')}
                  </Typography>
                </Box>
              </Box>
            )}
          </Box>
        ) : null}
      </Box>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </SplitPaneFrame>
  );
}
