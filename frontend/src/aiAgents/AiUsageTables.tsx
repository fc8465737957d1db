import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AiTokenCount, AiUsage } from './aiUsageApi';

interface Row extends AiTokenCount {
  key: string;
  label: ReactNode;
}

/** One table of token counts: a label column, then calls, prompt, completion and total; `bars` draws each total against the largest. */
function CountsTable({ title, labelHeader, rows, bars = false }: { title: string; labelHeader: string; rows: Row[]; bars?: boolean }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const peak = Math.max(1, ...rows.map((r) => r.totalTokens));
  // On a phone: the label, the calls and the total (prompt and completion add up to it).
  const wide = { display: { xs: 'none', sm: 'table-cell' } };
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ minWidth: 0 }}>
      <Typography id={titleId} variant="h3" component="h2" sx={{ p: 2, pb: 1 }}>
        {title}
      </Typography>
      <TableContainer>
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>{labelHeader}</TableCell>
              <TableCell align="right">{t('aiUsage.columns.calls')}</TableCell>
              <TableCell align="right" sx={wide}>
                {t('aiUsage.columns.prompt')}
              </TableCell>
              <TableCell align="right" sx={wide}>
                {t('aiUsage.columns.completion')}
              </TableCell>
              <TableCell align="right">{t('aiUsage.columns.total')}</TableCell>
              {bars ? <TableCell sx={{ ...wide, width: '30%' }} aria-hidden /> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  {row.label}
                </TableCell>
                <TableCell align="right">{number.format(row.calls)}</TableCell>
                <TableCell align="right" sx={wide}>
                  {number.format(row.promptTokens)}
                </TableCell>
                <TableCell align="right" sx={wide}>
                  {number.format(row.completionTokens)}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {number.format(row.totalTokens)}
                </TableCell>
                {bars ? (
                  // The day's share of the busiest day: prompt and completion stacked (the numbers say the same).
                  <TableCell aria-hidden sx={wide}>
                    <Box sx={{ display: 'flex', height: 10, width: `${(100 * row.totalTokens) / peak}%`, borderRadius: 1, overflow: 'hidden' }}>
                      <Box sx={{ flexGrow: row.promptTokens, bgcolor: 'primary.main' }} />
                      <Box sx={{ flexGrow: row.completionTokens, bgcolor: 'secondary.main' }} />
                    </Box>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

/** The month in detail: the days with any use, the agents and the kinds of use, most tokens first. */
export function AiUsageTables({ data }: { data: AiUsage }) {
  const { t, i18n } = useTranslation();
  const day = (d: string) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: '2-digit', month: '2-digit', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  const days = data.perDay.filter((d) => d.calls > 0).map((d) => ({ ...d, key: d.day, label: day(d.day) }));
  const agents = data.agents.map((a) => ({ ...a, key: String(a.aiAgentId), label: a.name ?? t('aiUsage.deletedAgent') }));
  const purposes = data.purposes.map((p) => ({ ...p, key: p.purpose, label: t(`aiUsage.purposes.${p.purpose}`) }));
  if (days.length === 0) {
    return (
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography color="text.secondary">{t('aiUsage.empty')}</Typography>
      </Paper>
    );
  }
  return (
    <Stack spacing={2}>
      <CountsTable title={t('aiUsage.perDay')} labelHeader={t('aiUsage.columns.day')} rows={days} bars />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
        <CountsTable title={t('aiUsage.perAgent')} labelHeader={t('aiUsage.columns.agent')} rows={agents} />
        <CountsTable title={t('aiUsage.perPurpose')} labelHeader={t('aiUsage.columns.purpose')} rows={purposes} />
      </Box>
    </Stack>
  );
}
