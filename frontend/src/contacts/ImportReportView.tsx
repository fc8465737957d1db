import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRowReport } from './contactTypes';

// A big file's report is long; the first rows that need attention are enough to fix the file.
const MAX_ROWS_SHOWN = 200;

function reasonsOf(t: TFunction, row: ImportRowReport): string {
  if (row.status === 'malformed') return row.problems.map((code) => t(`errors.${code}`, { defaultValue: t('errors.generic') })).join(' ');
  if (row.status === 'duplicate')
    return 'row' in row.duplicateOf ? t('contacts.import.repeatsLine', { line: row.duplicateOf.row }) : t('contacts.import.alreadyExists');
  return '';
}

/** The summary counts, then every row that will not (or did not) go in, with its line and reasons. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const { summary } = report;
  const skipped = report.rows.filter((row) => row.status !== 'ok');
  const shown = skipped.slice(0, MAX_ROWS_SHOWN);
  const created = report.dryRun ? summary.ok : summary.imported;

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} aria-label={t('contacts.import.summary')} role="list">
        <Chip role="listitem" color="success" label={t(report.dryRun ? 'contacts.import.toCreate' : 'contacts.import.created', { count: created })} />
        <Chip role="listitem" variant="outlined" label={t('contacts.import.duplicates', { count: summary.duplicate })} />
        <Chip
          role="listitem"
          color={summary.malformed > 0 ? 'error' : 'default'}
          variant="outlined"
          label={t('contacts.import.withErrors', { count: summary.malformed })}
        />
      </Stack>
      {report.newTags.length > 0 ? (
        <Alert severity="info">
          {t(report.dryRun ? 'contacts.import.newTagsPreview' : 'contacts.import.newTagsCreated', { tags: report.newTags.join(', ') })}
        </Alert>
      ) : null}
      {shown.length > 0 ? (
        <TableContainer sx={{ maxHeight: 320 }}>
          <Table size="small" stickyHeader aria-label={t('contacts.import.skippedRows')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('contacts.import.line')}</TableCell>
                <TableCell>{t('contacts.name')}</TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{t('contacts.number')}</TableCell>
                <TableCell>{t('contacts.import.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((row) => (
                <TableRow key={row.row}>
                  <TableCell>{row.row}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-word' }}>{row.name}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{row.number}</TableCell>
                  <TableCell sx={{ color: row.status === 'malformed' ? 'error.main' : 'text.secondary' }}>{reasonsOf(t, row)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      {skipped.length > shown.length ? <Alert severity="warning">{t('contacts.import.moreRows', { count: skipped.length - shown.length })}</Alert> : null}
    </Stack>
  );
}
