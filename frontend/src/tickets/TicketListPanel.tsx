import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../common/useDebouncedValue';
import { TicketList } from './TicketList';
import { TicketTabs } from './TicketTabs';
import type { TicketStatus } from './ticketsApi';
import { useTicketList } from './ticketsQuery';
import { useState } from 'react';

interface TicketListPanelProps {
  tab: TicketStatus;
  onTabChange(status: TicketStatus): void;
  selectedId: number | null;
}

/** Left side of the inbox: tabs with counts, search, and the cards. */
export function TicketListPanel({ tab, onTabChange, selectedId }: TicketListPanelProps) {
  const { t } = useTranslation();
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), 300);
  const list = useTicketList(tab, search);
  const counts = list.data?.pages[0]?.counts ?? {};
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ p: 1.5, pb: 0 }}>
        <TextField
          size="small"
          fullWidth
          value={searchInput}
          onChange={(event) => setSearchInput(event.target.value)}
          placeholder={t('tickets.searchPlaceholder')}
          slotProps={{
            htmlInput: { 'aria-label': t('tickets.searchLabel'), type: 'search' },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <Search fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
      </Box>
      <TicketTabs value={tab} counts={counts} onChange={onTabChange} />
      <TicketList status={tab} list={list} selectedId={selectedId} search={search} />
    </Box>
  );
}
