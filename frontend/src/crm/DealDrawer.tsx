import Close from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useFeedback } from '../common/FeedbackContext';
import { LeadChip } from '../contacts/LeadChip';
import { errorMessage } from '../i18n/errorMessage';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { ticketPath } from '../tickets/useTicketAddress';
import { crmApi, patchDealsOfContact, stageOf, timelineKey, useDeal, usePipelines, useTimeline, type DealTimelineEntry, type DealView } from './crmApi';
import { DealFormDialog } from './DealFormDialog';
import { formatCents } from './money';
import { TaskFormDialog } from './TaskFormDialog';

/** A deal at a glance, beside the kanban: its fields, its history (stages, notes, tasks, the contact's tickets), a note, a task. */
export function DealDrawer({ dealId, onClose }: { dealId: number; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const deal = useDeal(dealId);
  return (
    <Drawer
      anchor="right"
      open
      onClose={onClose}
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: { xs: '100%', sm: 440 } } } }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography id={titleId} variant="h2" component="h2" noWrap sx={{ fontSize: 18, flex: 1 }}>
          {deal.data?.title ?? t('crm.deal')}
        </Typography>
        <IconButton aria-label={t('common.close')} onClick={onClose}>
          <Close />
        </IconButton>
      </Stack>
      <Box sx={{ overflowY: 'auto', flex: 1 }}>
        {deal.isPending ? (
          <Box sx={{ display: 'grid', placeItems: 'center', p: 4 }}>
            <CircularProgress aria-label={t('app.loading')} />
          </Box>
        ) : deal.isError ? (
          <Alert severity="error" sx={{ m: 2 }}>
            {errorMessage(t, deal.error)}
          </Alert>
        ) : (
          <DealDetails deal={deal.data} onDeleted={onClose} />
        )}
      </Box>
    </Drawer>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="p">
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
}

function DealDetails({ deal, onDeleted }: { deal: DealView; onDeleted(): void }) {
  const { t, i18n } = useTranslation();
  const { notify } = useFeedback();
  const remove = useMutation({
    mutationFn: () => crmApi.removeDeal(deal.id),
    onSuccess: () => {
      notify(t('crm.deleted'), 'success');
      onDeleted();
    },
    onError: (error) => notify(errorMessage(t, error), 'error'),
  });
  const pipelines = usePipelines();
  const stage = stageOf(pipelines.data, deal.stageId);
  const [dialog, setDialog] = useState<'edit' | 'task' | 'delete' | null>(null);
  const day = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return (
    <>
      <Stack spacing={1.5} sx={{ p: 2 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          {stage ? <Chip size="small" label={stage.name} sx={{ bgcolor: stage.color, color: 'common.white', fontWeight: 600 }} /> : null}
          <Typography variant="h3" sx={{ fontSize: 20, fontWeight: 700 }}>
            {formatCents(deal.value, i18n.language)}
          </Typography>
        </Stack>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
          <Field label={t('crm.contact')}>
            {deal.contact ? (
              <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
                <span>{deal.contact.name}</span>
                <LeadChip contact={deal.contact} />
              </Stack>
            ) : (
              '—'
            )}
          </Field>
          <Field label={t('crm.owner')}>{deal.owner?.name ?? t('crm.noOwner')}</Field>
          <Field label={t('crm.expectedClose')}>{deal.expectedCloseAt ? day(deal.expectedCloseAt) : '—'}</Field>
          <Field label={t('crm.source')}>{t(`crm.sourceOf.${deal.source}`)}</Field>
        </Box>
        {/* Keyed by the score: a change from elsewhere (the socket, the AI agent) resets what the field shows. */}
        {deal.contact ? <LeadScoreForm key={`${deal.contact.id}:${deal.contact.leadScore}`} contact={deal.contact} /> : null}
        {deal.lostReason ? <Alert severity="warning">{t('crm.lostBecause', { reason: deal.lostReason })}</Alert> : null}
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => setDialog('edit')}>
            {t('common.edit')}
          </Button>
          <Button variant="outlined" onClick={() => setDialog('task')}>
            {t('crm.tasks.new')}
          </Button>
          <Button color="error" onClick={() => setDialog('delete')}>
            {t('common.delete')}
          </Button>
        </Stack>
      </Stack>
      <Divider />
      <NoteForm dealId={deal.id} />
      <Timeline dealId={deal.id} />
      {dialog === 'edit' ? <DealFormDialog open deal={deal} onClose={() => setDialog(null)} /> : null}
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('crm.deleteTitle')}
        body={t('crm.deleteBody', { title: deal.title })}
        confirmLabel={t('common.delete')}
        destructive
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setDialog(null)}
      />
      {dialog === 'task' ? <TaskFormDialog open deal={deal} contactId={deal.contact?.id ?? null} onClose={() => setDialog(null)} /> : null}
    </>
  );
}

/** Whole numbers 0–100, or empty for "not scored". */
function parseScore(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,3}$/.test(trimmed) && Number(trimmed) <= 100 ? Number(trimmed) : undefined;
}

/**
 * The lead score by hand: the deal's is its contact's (what the AI agent moves, what the board's lead filter
 * reads), so a lead no agent has talked to gets one here, and every card of that contact shows it.
 */
function LeadScoreForm({ contact }: { contact: NonNullable<DealView['contact']> }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [text, setText] = useState(contact.leadScore === null ? '' : String(contact.leadScore));
  const [touched, setTouched] = useState(false);
  const score = parseScore(text);
  const invalid = touched && score === undefined;
  const save = useMutation({
    mutationFn: (value: number | null) => crmApi.setLeadScore(contact.id, value),
    onSuccess: (saved) => {
      patchDealsOfContact(client, saved);
      notify(t('crm.score.saved'), 'success');
    },
    onError: (error) => notify(errorMessage(t, error), 'error'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (score !== undefined) save.mutate(score);
  };
  const unchanged = score === contact.leadScore;
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <TextField
        label={t('crm.score.label')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        size="small"
        error={invalid}
        helperText={invalid ? t('crm.score.invalid') : t('crm.score.hint')}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        sx={{ flex: 1 }}
      />
      <Button type="submit" variant="outlined" loading={save.isPending} disabled={unchanged}>
        {t('crm.score.save')}
      </Button>
    </Box>
  );
}

function NoteForm({ dealId }: { dealId: number }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: (text: string) => crmApi.addNote(dealId, text),
    onSuccess: (entry) => {
      setBody('');
      client.setQueryData<DealTimelineEntry[]>(timelineKey(dealId), (list) => (list ? [entry, ...list.filter((e) => e.id !== entry.id)] : list));
    },
    onError: (error) => notify(errorMessage(t, error), 'error'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) add.mutate(body.trim());
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ p: 2, display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <TextField label={t('crm.note')} value={body} onChange={(e) => setBody(e.target.value)} multiline maxRows={6} size="small" fullWidth />
      <Button type="submit" variant="contained" loading={add.isPending} disabled={!body.trim()}>
        {t('crm.addNote')}
      </Button>
    </Box>
  );
}

function Timeline({ dealId }: { dealId: number }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const timeline = useTimeline(dealId);
  const refresh = () => void client.invalidateQueries({ queryKey: timelineKey(dealId) });
  useSocketEvent('deal', ({ deal }) => deal.id === dealId && refresh());
  useSocketEvent('task', ({ task }) => task.deal?.id === dealId && refresh());
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const textOf = (entry: DealTimelineEntry) => {
    switch (entry.kind) {
      case 'stageChanged':
        return t('crm.timeline.stageChanged', { from: entry.from?.name ?? '—', to: entry.to?.name ?? '—' });
      case 'note':
        return entry.body ?? '';
      case 'taskCreated':
        return t('crm.timeline.taskCreated', { title: entry.body ?? '' });
      case 'taskDone':
        return t('crm.timeline.taskDone', { title: entry.body ?? '' });
      case 'ticket':
        return t('crm.timeline.ticket', { preview: entry.body ?? '' });
      default:
        return t('crm.timeline.created');
    }
  };
  return (
    <Box component="section" aria-label={t('crm.timeline.title')} sx={{ px: 2, pb: 2 }}>
      <Typography variant="subtitle2" component="h3" sx={{ textTransform: 'uppercase', letterSpacing: 0.5, color: 'text.secondary' }}>
        {t('crm.timeline.title')}
      </Typography>
      {timeline.isPending ? <CircularProgress size={20} aria-label={t('app.loading')} sx={{ m: 2 }} /> : null}
      {timeline.isError ? <Alert severity="error">{errorMessage(t, timeline.error)}</Alert> : null}
      <List dense>
        {timeline.data?.map((entry) => (
          <ListItem key={entry.id} disableGutters alignItems="flex-start">
            <ListItemText
              primary={
                entry.kind === 'ticket' && entry.ticketUuid ? (
                  <Link component={RouterLink} to={ticketPath({ uuid: entry.ticketUuid })}>
                    {textOf(entry)}
                  </Link>
                ) : (
                  <Box component="span" sx={{ whiteSpace: 'pre-wrap' }}>
                    {textOf(entry)}
                  </Box>
                )
              }
              secondary={[when(entry.at), entry.user?.name].filter(Boolean).join(' · ')}
            />
          </ListItem>
        ))}
      </List>
      {timeline.data?.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('crm.timeline.empty')}
        </Typography>
      ) : null}
    </Box>
  );
}
