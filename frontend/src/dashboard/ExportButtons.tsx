import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiBlob } from '../api/client';
import { useFeedback } from '../common/FeedbackContext';
import { downloadBlob } from '../contacts/downloadBlob';
import { errorMessage } from '../i18n/errorMessage';
import type { DashboardFilter } from './dashboardApi';

type Separator = 'semicolon' | 'comma';
type ExportKind = 'tickets' | 'attendants';

const PATHS: Record<ExportKind, string> = { tickets: '/api/exports/tickets.csv', attendants: '/api/exports/dashboard-attendants.csv' };

/**
 * The period on screen as spreadsheets: its tickets, and the attendant table. ";" by default — what Excel in
 * Brazil splits into columns; "," for other tools. The server streams the file; the browser saves it.
 */
export function ExportButtons({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const [separator, setSeparator] = useState<Separator>('semicolon');
  const [busy, setBusy] = useState<ExportKind | null>(null);

  async function download(kind: ExportKind) {
    setBusy(kind);
    try {
      const query = new URLSearchParams({ from: filter.from, to: filter.to, sep: separator });
      if (kind === 'attendants' && filter.queueId !== null) query.set('queueId', String(filter.queueId));
      const blob = await apiBlob(`${PATHS[kind]}?${query.toString()}`);
      downloadBlob(blob, `${t(`dashboard.export.fileName.${kind}`)}-${filter.from}-${filter.to}.csv`);
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
      <TextField
        select
        size="small"
        label={t('dashboard.export.separator')}
        value={separator}
        onChange={(e) => setSeparator(e.target.value as Separator)}
        sx={{ minWidth: 180 }}
      >
        <MenuItem value="semicolon">{t('dashboard.export.semicolon')}</MenuItem>
        <MenuItem value="comma">{t('dashboard.export.comma')}</MenuItem>
      </TextField>
      <Button variant="outlined" startIcon={<DownloadIcon />} loading={busy === 'tickets'} onClick={() => void download('tickets')}>
        {t('dashboard.export.tickets')}
      </Button>
      <Button variant="outlined" startIcon={<DownloadIcon />} loading={busy === 'attendants'} onClick={() => void download('attendants')}>
        {t('dashboard.export.attendants')}
      </Button>
    </Stack>
  );
}
