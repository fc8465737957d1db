import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { canManageSettings } from '../auth/permissions';
import { ListLoading } from '../common/ListStates';
import { errorMessage } from '../i18n/errorMessage';
import { AiAreaTabs } from './AiAreaTabs';
import { AiUsageTables } from './AiUsageTables';
import { monthsUpTo, useAiUsage, type AiUsage, type UsagePeriod } from './aiUsageApi';

/** How many months the picker goes back (the current one included). */
const MONTHS_BACK = 12;

const monthName = (period: string, language: string) =>
  new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));

/** The current month against the budget: a bar that turns orange at 80 % and red when spent. */
function BudgetCard({ month }: { month: AiUsage['month'] }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const number = new Intl.NumberFormat(i18n.language);
  const { budget } = month;
  const percent = budget ? Math.floor((100 * month.totalTokens) / budget) : 0;
  const titleId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Typography id={titleId} variant="h3" component="h2">
          {t('aiUsage.monthTitle', { month: monthName(month.period, i18n.language) })}
        </Typography>
        <Typography sx={{ fontSize: 20, fontWeight: 600 }}>
          {budget === null
            ? t('aiUsage.usedNoBudget', { used: number.format(month.totalTokens) })
            : t('aiUsage.used', { used: number.format(month.totalTokens), budget: number.format(budget), percent })}
        </Typography>
        {budget === null ? null : (
          <LinearProgress
            variant="determinate"
            value={Math.min(100, percent)}
            color={month.spent ? 'error' : percent >= 80 ? 'warning' : 'primary'}
            aria-label={t('aiUsage.progress')}
            sx={{ height: 10, borderRadius: 1 }}
          />
        )}
        <Typography variant="body2" color="text.secondary">
          {t('aiUsage.detail', {
            prompt: number.format(month.promptTokens),
            completion: number.format(month.completionTokens),
            calls: number.format(month.calls),
          })}
        </Typography>
        {month.spent ? <Alert severity="error">{t('aiUsage.spent')}</Alert> : percent >= 80 ? <Alert severity="warning">{t('aiUsage.near')}</Alert> : null}
        {canManageSettings(user) ? (
          <Box>
            <Link component={RouterLink} to="/settings">
              {budget === null ? t('aiUsage.setBudget') : t('aiUsage.changeBudget')}
            </Link>
          </Box>
        ) : null}
      </Stack>
    </Paper>
  );
}

/**
 * What the AI agents spend (admins and supervisors, like the API): the current month against the company's
 * token budget, and a month — this one, or one of the last twelve — per day, per agent and per kind of use.
 * The months are the company's calendar months, in its time zone (the server counts them).
 */
export function AiUsagePage() {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState<UsagePeriod>(null);
  const usage = useAiUsage(period);
  const data = usage.data;
  const current = data?.month.period;

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <Box>
        <Typography variant="h1">{t('aiUsage.title')}</Typography>
        <Typography color="text.secondary">{t('aiUsage.subtitle')}</Typography>
      </Box>
      <AiAreaTabs />
      {usage.isError ? (
        <Alert severity="error" action={<Button onClick={() => void usage.refetch()}>{t('common.retry')}</Button>}>
          {t('aiUsage.loadFailed')} {errorMessage(t, usage.error)}
        </Alert>
      ) : null}
      {usage.isPending ? <ListLoading /> : null}
      {data && current ? (
        <>
          <BudgetCard month={data.month} />
          <TextField
            select
            size="small"
            label={t('aiUsage.month')}
            value={period ?? current}
            onChange={(event) => setPeriod(event.target.value === current ? null : event.target.value)}
            sx={{ maxWidth: 260 }}
          >
            {monthsUpTo(current, MONTHS_BACK).map((p) => (
              <MenuItem key={p} value={p}>
                {monthName(p, i18n.language)}
              </MenuItem>
            ))}
          </TextField>
          <AiUsageTables data={data} />
        </>
      ) : null}
    </Stack>
  );
}
