import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from './dashboardApi';
import { csatAverage } from './CsatPanel';
import { formatDuration } from './formatDuration';
import { SortableTable, type Column } from './SortableTable';

type AttendantRow = Dashboard['attendants'][number];
type QueueRow = Dashboard['queues'][number];

function TablePanel({ title, children }: { title: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ minWidth: 0 }}>
      <Typography id={titleId} variant="h3" component="h2" sx={{ p: 2, pb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** Who resolved what and how fast, and how each queue fared; every column sorts. Side by side only on
 * screens wide enough for both (below that the queue table’s five columns would scroll sideways). */
export function DashboardTables({ data }: { data: Dashboard }) {
  const { t, i18n } = useTranslation();
  const duration = (seconds: number | null) => formatDuration(t, seconds);
  // The average, with how many ratings it is made of: "4,5 (12)".
  const csatColumn = <R extends AttendantRow | QueueRow>(label: string): Column<R> => ({
    key: 'csat',
    label,
    value: (r) => r.csat.average,
    render: (r) => (r.csat.count === 0 ? '—' : `${csatAverage(r.csat.average, i18n.language)} (${r.csat.count.toLocaleString(i18n.language)})`),
    numeric: true,
  });
  const attendantColumns: Column<AttendantRow>[] = [
    { key: 'name', label: t('dashboard.attendants.name'), value: (r) => r.name },
    { key: 'closed', label: t('dashboard.attendants.closed'), value: (r) => r.closed, numeric: true },
    {
      key: 'avgHandling',
      label: t('dashboard.attendants.avgHandling'),
      value: (r) => r.avgHandlingSeconds,
      render: (r) => duration(r.avgHandlingSeconds),
      numeric: true,
    },
    csatColumn<AttendantRow>(t('dashboard.attendants.csat')),
  ];
  const queueName = (r: QueueRow) => r.name ?? t('dashboard.queues.withoutQueue');
  const queueColumns: Column<QueueRow>[] = [
    { key: 'name', label: t('dashboard.queues.name'), value: queueName },
    { key: 'created', label: t('dashboard.queues.created'), value: (r) => r.created, numeric: true },
    { key: 'closed', label: t('dashboard.queues.closed'), value: (r) => r.closed, numeric: true },
    {
      key: 'avgWaiting',
      label: t('dashboard.queues.avgWaiting'),
      value: (r) => r.avgWaitingSeconds,
      render: (r) => duration(r.avgWaitingSeconds),
      numeric: true,
    },
    {
      key: 'avgHandling',
      label: t('dashboard.queues.avgHandling'),
      value: (r) => r.avgHandlingSeconds,
      render: (r) => duration(r.avgHandlingSeconds),
      numeric: true,
    },
    csatColumn<QueueRow>(t('dashboard.queues.csat')),
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', xl: 'minmax(0, 2fr) minmax(0, 3fr)' } }}>
      <TablePanel title={t('dashboard.attendants.title')}>
        <SortableTable
          label={t('dashboard.attendants.title')}
          columns={attendantColumns}
          rows={data.attendants}
          rowKey={(r) => String(r.userId)}
          initialSort={{ key: 'closed', direction: 'desc' }}
          empty={t('dashboard.attendants.empty')}
          language={i18n.language}
        />
      </TablePanel>
      <TablePanel title={t('dashboard.queues.title')}>
        <SortableTable
          label={t('dashboard.queues.title')}
          columns={queueColumns}
          rows={data.queues}
          rowKey={(r) => String(r.queueId)}
          initialSort={{ key: 'created', direction: 'desc' }}
          empty={t('dashboard.queues.empty')}
          language={i18n.language}
        />
      </TablePanel>
    </Box>
  );
}
