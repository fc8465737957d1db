import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealColumn, PipelineStageView } from './crmApi';
import { DealCard } from './DealCard';
import { formatCents } from './money';

interface StageColumnProps {
  stage: PipelineStageView;
  column: DealColumn;
  stages: PipelineStageView[];
  loadingMore: boolean;
  onLoadMore(): void;
  onMoveTo(dealId: number, stage: PipelineStageView): void;
  /** A phone shows one column, the whole width. */
  wide?: boolean;
}

/**
 * One stage: its count and total over every deal (not only the loaded ones), and its cards page by page —
 * a column of thousands holds only what was scrolled to, so the board stays light.
 */
export function StageColumn({ stage, column, stages, loadingMore, onLoadMore, onMoveTo, wide }: StageColumnProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: `stage-${stage.id}`, data: { stageId: stage.id } });
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{
        width: wide ? '100%' : 300,
        flexShrink: 0,
        display: 'flex',
        flexDirection: 'column',
        maxHeight: '100%',
        bgcolor: isOver ? 'action.hover' : 'background.default',
        borderTop: 3,
        borderTopColor: stage.color,
      }}
    >
      <Box sx={{ px: 1.5, py: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1 }} noWrap>
            {stage.name}
          </Typography>
          <Typography variant="caption" color="text.secondary" aria-label={t('crm.countLabel', { count: column.count })}>
            {column.count.toLocaleString(i18n.language)}
          </Typography>
        </Stack>
        <Typography variant="body2" color="text.secondary" aria-label={t('crm.totalLabel', { total: formatCents(column.total, i18n.language) })}>
          {formatCents(column.total, i18n.language)}
        </Typography>
      </Box>
      <Box ref={setNodeRef} role="list" aria-label={stage.name} sx={{ overflowY: 'auto', px: 1, pb: 1, minHeight: 80, flex: 1 }}>
        <SortableContext items={column.deals.map((d) => d.id)} strategy={verticalListSortingStrategy}>
          <Stack spacing={1}>
            {column.deals.map((deal) => (
              <DealCard key={deal.id} deal={deal} stages={stages} onMoveTo={(to) => onMoveTo(deal.id, to)} />
            ))}
          </Stack>
        </SortableContext>
        {column.nextCursor ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', pt: 1 }}>
            <Button size="small" loading={loadingMore} onClick={onLoadMore} aria-label={t('crm.loadMoreOf', { stage: stage.name })}>
              {t('common.loadMore')}
            </Button>
          </Box>
        ) : null}
      </Box>
    </Paper>
  );
}
