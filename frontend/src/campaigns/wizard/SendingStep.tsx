import WarningAmber from '@mui/icons-material/WarningAmberOutlined';
import Timer from '@mui/icons-material/TimerOutlined';
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SwitchField } from '../../common/form/SwitchField';
import { useConnections } from '../../connections/connectionsQuery';
import { formatDuration } from '../../dashboard/formatDuration';
import { defaultSchedule, scheduleProblems } from '../../queues/businessHours';
// The queues' week editor, as the company's business hours use it: same schedule shape, same checks.
import { WeekHoursEditor } from '../../queues/WeekHoursEditor';
import { estimatedSeconds } from '../campaignStats';
import type { StepProps } from './AudienceStep';
import { JITTER_MAX, SAFE_RATE, jitterOf, rateOf } from './campaignDraft';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Step 3: from which number, when, how fast (warned above a safe pace), in which hours, and what it does to the inbox. */
export function SendingStep({ draft, change, errors, eligible }: StepProps & { eligible: number | null }) {
  const { t } = useTranslation();
  const connections = useConnections();
  const rate = rateOf(draft);
  const jitter = jitterOf(draft);
  const seconds = eligible === null ? null : estimatedSeconds(eligible, rate, Number.isInteger(jitter) ? jitter : 0);
  const fast = Number.isInteger(rate) && rate > SAFE_RATE;

  return (
    <Stack spacing={3}>
      <TextField
        select
        label={t('campaigns.wizard.connection')}
        value={draft.whatsappId}
        onChange={(e) => change({ whatsappId: e.target.value })}
        required
        error={Boolean(errors.whatsappId)}
        helperText={errors.whatsappId ? t(errors.whatsappId) : t('campaigns.wizard.connectionHint')}
      >
        {(connections.data ?? []).length === 0 ? (
          <MenuItem value="" disabled>
            {t('campaigns.wizard.noConnections')}
          </MenuItem>
        ) : null}
        {(connections.data ?? []).map((connection) => (
          <MenuItem key={connection.id} value={String(connection.id)}>
            {connection.number ? `${connection.name} · ${connection.number}` : connection.name}
          </MenuItem>
        ))}
      </TextField>

      <FormControl>
        <FormLabel id="campaign-when">{t('campaigns.wizard.when')}</FormLabel>
        <RadioGroup row aria-labelledby="campaign-when" value={draft.when} onChange={(e) => change({ when: e.target.value as 'now' | 'later' })}>
          <FormControlLabel value="now" control={<Radio />} label={t('campaigns.wizard.now')} />
          <FormControlLabel value="later" control={<Radio />} label={t('campaigns.wizard.later')} />
        </RadioGroup>
        {draft.when === 'later' ? (
          <TextField
            sx={{ mt: 1, maxWidth: 320 }}
            label={t('campaigns.wizard.scheduledAt')}
            type="datetime-local"
            value={draft.scheduledAt}
            onChange={(e) => change({ scheduledAt: e.target.value })}
            required
            error={Boolean(errors.scheduledAt)}
            helperText={errors.scheduledAt ? t(errors.scheduledAt) : t('campaigns.wizard.scheduledAtHint', { zone: browserZone() })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        ) : null}
      </FormControl>

      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            fullWidth
            label={t('campaigns.wizard.rate')}
            value={draft.rate}
            onChange={(e) => change({ rate: e.target.value })}
            required
            error={Boolean(errors.rate)}
            helperText={errors.rate ? t(errors.rate) : t('campaigns.wizard.rateHint')}
            slotProps={{ htmlInput: { inputMode: 'numeric', min: 1 }, input: { endAdornment: <InputAdornment position="end">/min</InputAdornment> } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            fullWidth
            label={t('campaigns.wizard.jitter')}
            value={draft.jitter}
            onChange={(e) => change({ jitter: e.target.value })}
            error={Boolean(errors.jitter)}
            helperText={errors.jitter ? t(errors.jitter) : t('campaigns.wizard.jitterHint')}
            slotProps={{
              htmlInput: { inputMode: 'numeric', min: 0, max: JITTER_MAX },
              input: { endAdornment: <InputAdornment position="end">s</InputAdornment> },
            }}
          />
        </Grid>
      </Grid>
      {fast ? (
        <Alert severity="warning" icon={<WarningAmber />}>
          {t('campaigns.wizard.rateWarning')}
        </Alert>
      ) : null}

      <Paper variant="outlined" role="status" sx={{ p: 2, bgcolor: 'action.hover' }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <Timer color="primary" />
          <div>
            <Typography sx={{ fontWeight: 600 }}>{t('campaigns.wizard.estimate', { duration: formatDuration(t, seconds) })}</Typography>
            {eligible !== null && Number.isInteger(rate) && rate >= 1 ? (
              <Typography variant="body2" color="text.secondary">
                {t('campaigns.wizard.estimateDetail', { count: eligible, rate })}
                {draft.window ? ` ${t('campaigns.wizard.estimateWindow')}` : ''}
              </Typography>
            ) : null}
          </div>
        </Stack>
      </Paper>

      <Stack spacing={1}>
        <SwitchField
          label={t('campaigns.wizard.window')}
          help={t('campaigns.wizard.windowHint')}
          checked={draft.window !== null}
          onChange={(on) => change({ window: on ? defaultSchedule() : null })}
        />
        {draft.window ? <WeekHoursEditor value={draft.window} onChange={(window) => change({ window })} problems={scheduleProblems(draft.window)} /> : null}
      </Stack>

      <FormControl>
        <FormLabel id="campaign-ticket-mode">{t('campaigns.wizard.ticketMode')}</FormLabel>
        <RadioGroup aria-labelledby="campaign-ticket-mode" value={draft.ticketMode} onChange={(e) => change({ ticketMode: e.target.value as 'open' | 'log' })}>
          <FormControlLabel value="log" control={<Radio />} label={t('campaigns.wizard.ticketLog')} />
          <FormHelperText sx={{ mt: -1, ml: 4 }}>{t('campaigns.wizard.ticketLogHint')}</FormHelperText>
          <FormControlLabel value="open" control={<Radio />} label={t('campaigns.wizard.ticketOpen')} />
          <FormHelperText sx={{ mt: -1, ml: 4 }}>{t('campaigns.wizard.ticketOpenHint')}</FormHelperText>
        </RadioGroup>
      </FormControl>
    </Stack>
  );
}
