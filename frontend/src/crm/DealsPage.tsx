import { DndContext, KeyboardSensor, PointerSensor, TouchSensor, closestCorners, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import DownloadIcon from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import type { LeadBucket } from '@atende/contract';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { apiBlob } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { useFeedback } from '../common/FeedbackContext';
import { downloadBlob } from '../contacts/downloadBlob';
import { errorMessage } from '../i18n/errorMessage';
import { ListError, ListLoading } from '../common/ListStates';
import { SearchField } from '../common/SearchField';
import { useDebouncedValue } from '../common/useDebouncedValue';
import { LeadFilterField } from '../tickets/list/LeadFilterField';
import { useAttendants } from '../tickets/list/inboxLookups';
import { usePipelines, type DealMove, type DealView, type PipelineStageView } from './crmApi';
import { DealDrawer } from './DealDrawer';
import { DealFormDialog } from './DealFormDialog';
import { LostReasonDialog } from './LostReasonDialog';
import { StageColumn } from './StageColumn';
import { useBoard } from './useBoard';

/** The sales pipeline as a kanban: a column per stage, cards dragged between and within them, live for everyone. */
export function DealsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const openId = id ? Number(id) : null;
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const { user } = useAuth();
  const seesAll = user?.profile !== 'user';
  const pipelines = usePipelines();
  const [chosenPipeline, setPipeline] = useState<number | null>(null);
  const pipeline = pipelines.data?.find((p) => p.id === chosenPipeline) ?? pipelines.data?.[0];
  const [ownerId, setOwnerId] = useState<number | undefined>(undefined);
  const [bucket, setBucket] = useState<LeadBucket | undefined>(undefined);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim());
  const filters = useMemo(() => ({ ownerId, bucket, search: search || undefined }), [ownerId, bucket, search]);
  const attendants = useAttendants(seesAll);
  const { board, move, loadMore, loadingStage } = useBoard(pipeline?.id ?? null, filters);
  const [creating, setCreating] = useState(false);
  const [askLost, setAskLost] = useState<{ deal: DealView; to: DealMove } | null>(null);
  const [phoneStage, setPhoneStage] = useState<number | null>(null);
  const { notify } = useFeedback();
  const [exporting, setExporting] = useState(false);
  // The pipeline's deals the user may see, streamed by the server; ";" (its default) is what Excel in Brazil
  // splits into columns. The board's filters are not applied: the file is the whole pipeline.
  const exportCsv = async (pipelineId: number) => {
    setExporting(true);
    try {
      const blob = await apiBlob(`/api/exports/deals.csv?${new URLSearchParams({ pipelineId: String(pipelineId), sep: 'semicolon' }).toString()}`);
      downloadBlob(blob, `${t('crm.exportFileName')}-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setExporting(false);
    }
  };

  const stages = pipeline?.stages ?? [];
  const columnOf = (stageId: number) => board.data?.columns.find((c) => c.stageId === stageId);
  const dealOf = (dealId: number) => board.data?.columns.flatMap((c) => c.deals).find((d) => d.id === dealId);

  const request = (deal: DealView, to: DealMove) => {
    if (deal.stageId === to.stageId && deal.position === to.position) return;
    const stage = stages.find((s) => s.id === to.stageId);
    // A lost deal says why: asked before anything moves.
    if (stage?.kind === 'lost' && deal.stageId !== stage.id) setAskLost({ deal, to });
    else void move(deal, to);
  };
  const moveToEnd = (dealId: number, stage: PipelineStageView) => {
    const deal = dealOf(dealId);
    if (deal) request(deal, { stageId: stage.id, position: columnOf(stage.id)?.count ?? 0 });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const deal = dealOf(Number(active.id));
    if (!deal || !over) return;
    const overDeal = typeof over.id === 'number' ? dealOf(over.id) : undefined;
    if (overDeal) return request(deal, { stageId: overDeal.stageId, position: overDeal.position });
    const stageId = (over.data.current as { stageId?: number } | undefined)?.stageId;
    if (stageId === undefined) return;
    const count = columnOf(stageId)?.count ?? 0;
    request(deal, { stageId, position: stageId === deal.stageId ? count - 1 : count });
  };
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const shownStage = stages.find((s) => s.id === phoneStage) ?? stages[0];

  return (
    <Stack spacing={2} sx={{ height: '100%', minHeight: 0 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h1" sx={{ fontSize: 24 }}>
            {t('crm.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('crm.subtitle')}
          </Typography>
        </Box>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          loading={exporting}
          onClick={() => pipeline && void exportCsv(pipeline.id)}
          disabled={!pipeline}
        >
          {t('crm.exportCsv')}
        </Button>
        <Button variant="contained" onClick={() => setCreating(true)} disabled={!pipeline}>
          {t('crm.newDeal')}
        </Button>
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ flexWrap: 'wrap' }} useFlexGap>
        {(pipelines.data?.length ?? 0) > 1 ? (
          <TextField
            select
            size="small"
            label={t('crm.pipeline')}
            value={pipeline?.id ?? ''}
            onChange={(e) => setPipeline(Number(e.target.value))}
            // The theme makes text fields full width; a filter among filters takes its own.
            sx={{ width: { xs: '100%', sm: 200 } }}
          >
            {pipelines.data?.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        {seesAll ? (
          <TextField
            select
            size="small"
            label={t('crm.owner')}
            value={ownerId ?? ''}
            onChange={(e) => setOwnerId(e.target.value === '' ? undefined : Number(e.target.value))}
            sx={{ width: { xs: '100%', sm: 200 } }}
          >
            <MenuItem value="">{t('crm.anyOwner')}</MenuItem>
            {attendants.data?.map((u) => (
              <MenuItem key={u.id} value={u.id}>
                {u.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        <Box sx={{ minWidth: 160 }}>
          <LeadFilterField value={bucket} onChange={setBucket} />
        </Box>
        <SearchField label={t('crm.search')} value={text} onChange={setText} />
      </Stack>
      {pipelines.isPending || board.isPending ? <ListLoading /> : null}
      {pipelines.isError ? <ListError title={t('crm.loadFailed')} error={pipelines.error} onRetry={() => void pipelines.refetch()} /> : null}
      {board.isError ? <ListError title={t('crm.loadFailed')} error={board.error} onRetry={() => void board.refetch()} /> : null}
      {board.data && pipeline ? (
        <DndContext sensors={sensors} collisionDetection={closestCorners} onDragEnd={onDragEnd}>
          {phone ? (
            <>
              <Tabs value={shownStage?.id ?? false} onChange={(_, value: number) => setPhoneStage(value)} variant="scrollable" aria-label={t('crm.stages')}>
                {stages.map((stage) => (
                  <Tab key={stage.id} value={stage.id} label={`${stage.name} (${columnOf(stage.id)?.count ?? 0})`} />
                ))}
              </Tabs>
              {shownStage ? (
                <StageColumn
                  wide
                  stage={shownStage}
                  column={columnOf(shownStage.id) ?? { stageId: shownStage.id, count: 0, total: 0, deals: [], nextCursor: null }}
                  stages={stages}
                  loadingMore={loadingStage === shownStage.id}
                  onLoadMore={() => void loadMore(shownStage.id)}
                  onMoveTo={moveToEnd}
                />
              ) : null}
            </>
          ) : (
            <Stack direction="row" spacing={1.5} sx={{ overflowX: 'auto', flex: 1, minHeight: 0, pb: 1, alignItems: 'stretch' }}>
              {stages.map((stage) => (
                <StageColumn
                  key={stage.id}
                  stage={stage}
                  column={columnOf(stage.id) ?? { stageId: stage.id, count: 0, total: 0, deals: [], nextCursor: null }}
                  stages={stages}
                  loadingMore={loadingStage === stage.id}
                  onLoadMore={() => void loadMore(stage.id)}
                  onMoveTo={moveToEnd}
                />
              ))}
            </Stack>
          )}
        </DndContext>
      ) : null}
      <LostReasonDialog
        open={askLost !== null}
        title={askLost?.deal.title ?? ''}
        onClose={() => setAskLost(null)}
        onConfirm={(lostReason) => {
          if (askLost) void move(askLost.deal, { ...askLost.to, lostReason });
          setAskLost(null);
        }}
      />
      {creating && pipeline ? <DealFormDialog open onClose={() => setCreating(false)} pipelineId={pipeline.id} /> : null}
      {openId !== null ? <DealDrawer dealId={openId} onClose={() => void navigate('/deals')} /> : null}
    </Stack>
  );
}
