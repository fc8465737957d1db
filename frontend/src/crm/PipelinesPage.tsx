import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useFeedback } from '../common/FeedbackContext';
import { ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { errorMessage } from '../i18n/errorMessage';
import { crmApi, crmKey, usePipelines, type PipelineInput, type PipelineView, type StageInput, type StageKind } from './crmApi';

const KINDS: StageKind[] = ['open', 'won', 'lost'];
const PALETTE = ['#64748b', '#0ea5e9', '#8b5cf6', '#f59e0b', '#16a34a', '#dc2626'];
const defaultColor = (kind: StageKind, index: number) => (kind === 'won' ? '#16a34a' : kind === 'lost' ? '#dc2626' : (PALETTE[index % 4] ?? '#64748b'));

/** The server's rule, said in the form before saving: an open stage at least, at most one won and one lost, every stage named. */
const complete = (stages: StageInput[]) => {
  const count = (kind: StageKind) => stages.filter((s) => s.kind === kind).length;
  return count('open') >= 1 && count('won') <= 1 && count('lost') <= 1 && stages.every((s) => s.name.trim() !== '');
};

/** Admins shape the pipelines: names, and stages added, renamed, reordered, removed, each open, won or lost. */
export function PipelinesPage() {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const [adding, setAdding] = useState(false);
  return (
    <Stack spacing={3} sx={{ maxWidth: 900, mx: 'auto' }}>
      <PageHeader title={t('crm.pipelines.title')} subtitle={t('crm.pipelines.subtitle')} newLabel={t('crm.pipelines.new')} onNew={() => setAdding(true)} />
      {pipelines.isPending ? <ListLoading /> : null}
      {pipelines.isError ? <ListError title={t('crm.pipelines.loadFailed')} error={pipelines.error} onRetry={() => void pipelines.refetch()} /> : null}
      {adding ? <PipelineEditor pipeline={null} onDone={() => setAdding(false)} /> : null}
      {pipelines.data?.map((pipeline) => (
        <PipelineEditor key={`${pipeline.id}-${pipeline.updatedAt}`} pipeline={pipeline} />
      ))}
    </Stack>
  );
}

function PipelineEditor({ pipeline, onDone }: { pipeline: PipelineView | null; onDone?(): void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [name, setName] = useState(pipeline?.name ?? '');
  const [stages, setStages] = useState<StageInput[]>(
    pipeline?.stages.map(({ id, name: stageName, color, kind }) => ({ id, name: stageName, color, kind })) ?? [
      { name: t('crm.pipelines.newStage'), color: defaultColor('open', 0), kind: 'open' },
      { name: t('crm.pipelines.kindOf.won'), color: defaultColor('won', 0), kind: 'won' },
      { name: t('crm.pipelines.kindOf.lost'), color: defaultColor('lost', 0), kind: 'lost' },
    ],
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [touched, setTouched] = useState(false);
  const label = name || t('crm.pipelines.new');
  const change = (index: number, patch: Partial<StageInput>) => setStages((list) => list.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const swap = (index: number, other: number) =>
    setStages((list) => {
      const next = [...list];
      const [a, b] = [next[index], next[other]];
      if (!a || !b) return list;
      next[index] = b;
      next[other] = a;
      return next;
    });
  const save = async () => {
    setTouched(true);
    if (!name.trim() || !complete(stages)) return;
    setSaving(true);
    setError(null);
    try {
      const input: PipelineInput = { name: name.trim(), stages: stages.map((s) => ({ ...s, name: s.name.trim() })) };
      if (pipeline) await crmApi.updatePipeline(pipeline.id, input);
      else await crmApi.createPipeline(input);
      await client.invalidateQueries({ queryKey: crmKey });
      notify(t(pipeline ? 'crm.pipelines.saved' : 'crm.pipelines.created'), 'success');
      onDone?.();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    if (!pipeline) return;
    try {
      await crmApi.removePipeline(pipeline.id);
      await client.invalidateQueries({ queryKey: crmKey });
      notify(t('crm.pipelines.deleted'), 'success');
    } catch (caught) {
      notify(errorMessage(t, caught), 'error');
    } finally {
      setConfirmDelete(false);
    }
  };
  return (
    <Paper variant="outlined" component="section" aria-label={label} sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={t('crm.pipelines.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            error={touched && !name.trim()}
            helperText={touched && !name.trim() ? t('validation.required') : undefined}
            sx={{ flex: 1 }}
          />
          {pipeline ? (
            <IconButton aria-label={t('crm.pipelines.deleteOf', { name: pipeline.name })} onClick={() => setConfirmDelete(true)}>
              <DeleteOutline />
            </IconButton>
          ) : null}
        </Stack>
        {error ? <Alert severity="error">{errorMessage(t, error)}</Alert> : null}
        {touched && !complete(stages) ? <Alert severity="warning">{t('crm.pipelines.needsStages')}</Alert> : null}
        <Stack spacing={1}>
          {stages.map((stage, index) => (
            <Stack key={stage.id ?? `new-${index}`} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
              <Box sx={{ width: 12, height: 32, borderRadius: 1, bgcolor: stage.color, flexShrink: 0, display: { xs: 'none', sm: 'block' } }} />
              <TextField
                size="small"
                label={t('crm.pipelines.stageName')}
                value={stage.name}
                onChange={(e) => change(index, { name: e.target.value })}
                error={touched && !stage.name.trim()}
                sx={{ flex: 1 }}
              />
              <TextField
                select
                size="small"
                label={t('crm.pipelines.kind')}
                value={stage.kind}
                onChange={(e) => {
                  const kind = e.target.value as StageKind;
                  change(index, { kind, color: defaultColor(kind, index) });
                }}
                sx={{ minWidth: 150 }}
              >
                {KINDS.map((kind) => (
                  <MenuItem key={kind} value={kind}>
                    {t(`crm.pipelines.kindOf.${kind}`)}
                  </MenuItem>
                ))}
              </TextField>
              <Stack direction="row">
                <IconButton size="small" aria-label={t('crm.pipelines.up', { name: stage.name })} disabled={index === 0} onClick={() => swap(index, index - 1)}>
                  <ArrowUpward fontSize="small" />
                </IconButton>
                <IconButton
                  size="small"
                  aria-label={t('crm.pipelines.down', { name: stage.name })}
                  disabled={index === stages.length - 1}
                  onClick={() => swap(index, index + 1)}
                >
                  <ArrowDownward fontSize="small" />
                </IconButton>
                <IconButton
                  size="small"
                  aria-label={t('crm.pipelines.removeStage', { name: stage.name })}
                  disabled={stages.length === 1}
                  onClick={() => setStages((list) => list.filter((_, i) => i !== index))}
                >
                  <DeleteOutline fontSize="small" />
                </IconButton>
              </Stack>
            </Stack>
          ))}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
          <Button
            onClick={() => {
              // New stages go before the won and lost ones: the open stages are the way there.
              const firstTerminal = stages.findIndex((s) => s.kind !== 'open');
              const at = firstTerminal === -1 ? stages.length : firstTerminal;
              const added: StageInput = { name: t('crm.pipelines.newStage'), color: defaultColor('open', at), kind: 'open' };
              setStages((list) => [...list.slice(0, at), added, ...list.slice(at)]);
            }}
          >
            {t('crm.pipelines.addStage')}
          </Button>
          <Stack direction="row" spacing={1}>
            {onDone ? <Button onClick={onDone}>{t('common.cancel')}</Button> : null}
            <Button variant="contained" loading={saving} onClick={() => void save()}>
              {pipeline ? t('common.save') : t('common.create')}
            </Button>
          </Stack>
        </Stack>
      </Stack>
      {pipeline ? (
        <ConfirmDialog
          open={confirmDelete}
          title={t('crm.pipelines.deleteTitle')}
          body={t('crm.pipelines.deleteBody', { name: pipeline.name })}
          confirmLabel={t('common.delete')}
          destructive
          onConfirm={() => void remove()}
          onClose={() => setConfirmDelete(false)}
        />
      ) : null}
    </Paper>
  );
}
