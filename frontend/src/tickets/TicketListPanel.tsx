import Checklist from '@mui/icons-material/ChecklistOutlined';
import Keyboard from '@mui/icons-material/KeyboardOutlined';
import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { canBulkActOnTickets } from '../auth/permissions';
import { ActiveFilterChips } from './list/ActiveFilterChips';
import { BulkActionBar } from './list/BulkActionBar';
import { TicketOrderButton } from './list/TicketOrderButton';
import type { TicketSelection } from './list/useTicketSelection';
import { TicketFilterButton } from './list/TicketFilterButton';
import { StartTicketButton } from './start/StartTicketButton';
import type { TicketFilters } from './list/ticketFilters';
import { TicketList } from './TicketList';
import { TicketTabs } from './TicketTabs';
import type { TicketOrder, TicketStatus } from './ticketsApi';
import type { useTicketList } from './ticketsQuery';

interface TicketListPanelProps {
  tab: TicketStatus;
  onTabChange(status: TicketStatus): void;
  selectedId: number | null;
  searchInput: string;
  onSearchInput(text: string): void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The debounced search the list was asked for. */
  search: string;
  filters: TicketFilters;
  onFiltersChange(next: TicketFilters): void;
  list: ReturnType<typeof useTicketList>;
  order: TicketOrder;
  onOrderChange(next: TicketOrder): void;
  /** A supervisor's "Selecionar" mode (offered to admins and supervisors only). */
  selection: TicketSelection;
  /** Null where there is no keyboard worth mentioning (phones). */
  onShowShortcuts: (() => void) | null;
}

/** Left side of the inbox: search, filters, tabs with counts, and the cards. */
export function TicketListPanel(props: TicketListPanelProps) {
  const {
    tab,
    onTabChange,
    selectedId,
    searchInput,
    onSearchInput,
    searchRef,
    search,
    filters,
    onFiltersChange,
    list,
    order,
    onOrderChange,
    selection,
    onShowShortcuts,
  } = props;
  const { t } = useTranslation();
  const { user } = useAuth();
  const counts = list.data?.pages[0]?.counts ?? {};
  const mayBulk = canBulkActOnTickets(user);
  const loaded = list.data?.pages.flatMap((p) => p.tickets) ?? [];
  // A chosen ticket that left the list (closed or taken elsewhere meanwhile) is no longer acted on.
  const chosenTickets = loaded.filter((ticket) => selection.chosen.has(ticket.id));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ p: 1.5, pb: 0 }}>
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <TextField
            size="small"
            fullWidth
            value={searchInput}
            onChange={(event) => onSearchInput(event.target.value)}
            placeholder={t('tickets.searchPlaceholder')}
            inputRef={searchRef}
            slotProps={{
              htmlInput: { 'aria-label': t('tickets.searchLabel'), type: 'search', title: t('tickets.searchHint') },
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <Search fontSize="small" />
                  </InputAdornment>
                ),
              },
            }}
          />
          <TicketFilterButton filters={filters} onChange={onFiltersChange} />
          <TicketOrderButton order={order} onChange={onOrderChange} />
          {mayBulk ? (
            <Tooltip title={t('inboxBulk.select.start')}>
              <IconButton
                size="small"
                aria-label={t('inboxBulk.select.start')}
                aria-pressed={selection.active}
                color={selection.active ? 'primary' : 'default'}
                onClick={selection.active ? selection.stop : selection.start}
              >
                <Checklist />
              </IconButton>
            </Tooltip>
          ) : null}
          <StartTicketButton />
          {onShowShortcuts ? (
            <IconButton aria-label={t('inbox.shortcuts.open')} onClick={onShowShortcuts} size="small">
              <Keyboard />
            </IconButton>
          ) : null}
        </Stack>
        <ActiveFilterChips filters={filters} onChange={onFiltersChange} />
      </Box>
      <TicketTabs value={tab} counts={counts} onChange={onTabChange} />
      <TicketList
        status={tab}
        list={list}
        selectedId={selectedId}
        search={search}
        filtered={filters}
        selection={mayBulk && selection.active ? selection : undefined}
      />
      {mayBulk && selection.active ? (
        <BulkActionBar
          chosen={chosenTickets}
          loadedIds={loaded.map((ticket) => ticket.id)}
          onSelectAll={selection.setAll}
          onDone={selection.clear}
          onCancel={selection.stop}
        />
      ) : null}
    </Box>
  );
}
