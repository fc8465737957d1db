import Forum from '@mui/icons-material/ForumOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TicketChat } from './TicketChat';
import { TicketListPanel } from './TicketListPanel';
import type { TicketStatus } from './ticketsApi';
import { useTicketEvents } from './useTicketEvents';

/** The inbox: list and chat side by side; on a phone, one screen at a time (the URL decides which). */
export function TicketsPage() {
  const { t } = useTranslation();
  const params = useParams();
  const selectedId = params.id ? Number(params.id) : null;
  const [tab, setTab] = useState<TicketStatus>('open');
  useTicketEvents();

  return (
    <Paper
      variant="outlined"
      sx={{ display: 'flex', height: { xs: 'calc(100dvh - 96px)', sm: 'calc(100dvh - 112px)' }, overflow: 'hidden', m: { xs: -1, sm: 0 } }}
    >
      <Typography variant="h1" sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>
        {t('tickets.title')}
      </Typography>
      <Box
        component="section"
        aria-label={t('tickets.listSection')}
        sx={{ width: { xs: '100%', md: 360 }, flexShrink: 0, borderRight: 1, borderColor: 'divider', display: { xs: selectedId ? 'none' : 'block', md: 'block' } }}
      >
        <TicketListPanel tab={tab} onTabChange={setTab} selectedId={selectedId} />
      </Box>
      <Box component="section" aria-label={t('tickets.chatSection')} sx={{ flex: 1, minWidth: 0, display: { xs: selectedId ? 'block' : 'none', md: 'block' } }}>
        {selectedId ? (
          // After accept/close/reopen the list follows the ticket to its new tab.
          <TicketChat key={selectedId} ticketId={selectedId} onStatusChange={setTab} />
        ) : (
          <Box sx={{ display: 'grid', placeItems: 'center', height: '100%', color: 'text.secondary', textAlign: 'center', p: 4 }}>
            <Box>
              <Forum sx={{ fontSize: 56, opacity: 0.4 }} />
              <Typography>{t('tickets.noneSelected')}</Typography>
            </Box>
          </Box>
        )}
      </Box>
    </Paper>
  );
}
