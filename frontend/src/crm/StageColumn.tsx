import { useDndContext, useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef } from 'react';
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

/** A card's height before it is measured (title, contact line, value line); each is measured once shown. */
const CARD_ESTIMATE = 104;
const CARD_GAP = 8;
/** The next page is asked for when the rows shown come this close to the end of what is loaded. */
const LOAD_AHEAD = 10;

/**
 * One stage: its count and total over every deal (not only the loaded ones), and its cards page by page —
 * a column of thousands holds only what was scrolled to (keyset pages, the next one asked for as the end
 * nears), and of those only the cards in view are in the DOM (@tanstack/react-virtual), so a column of
 * hundreds scrolls and drags as lightly as one of ten.
 *
 * With @dnd-kit: the SortableContext holds every loaded card's id (the sorting maths needs them all), only
 * the shown ones register as droppables; the card being dragged is always kept rendered (the range extractor
 * adds it) so its node and listeners survive scrolling it out of view, and verticalListSortingStrategy is
 * the strategy dnd-kit documents as working with virtualised lists.
 */
export function StageColumn({ stage, column, stages, loadingMore, onLoadMore, onMoveTo, wide }: StageColumnProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: `stage-${stage.id}`, data: { stageId: stage.id } });
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const setListRef = useCallback(
    (node: HTMLDivElement | null) => {
      scrollRef.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );
  const { active } = useDndContext();
  const activeIndex = active ? column.deals.findIndex((d) => d.id === active.id) : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      return activeIndex >= 0 && !shown.includes(activeIndex) ? [...shown, activeIndex].sort((a, b) => a - b) : shown;
    },
    [activeIndex],
  );
  // The app is not built with the React Compiler (vite.config.ts): nothing memoizes this component behind the
  // virtualizer's back, which is what the rule guards against.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: column.deals.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE,
    getItemKey: (index) => column.deals[index]?.id ?? index,
    gap: CARD_GAP,
    overscan: 6,
    rangeExtractor,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows[rows.length - 1]?.index ?? -1;
  useEffect(() => {
    if (column.nextCursor && !loadingMore && lastShown >= column.deals.length - LOAD_AHEAD) onLoadMore();
    // onLoadMore is a new function every render; what decides is where the reader is and what is loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastShown, column.deals.length, column.nextCursor, loadingMore]);
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
      <Box ref={setListRef} role="list" aria-label={stage.name} sx={{ overflowY: 'auto', px: 1, pb: 1, minHeight: 80, flex: 1 }}>
        <SortableContext items={column.deals.map((d) => d.id)} strategy={verticalListSortingStrategy}>
          <Box sx={{ position: 'relative', height: virtualizer.getTotalSize() }}>
            {rows.map((row) => {
              const deal = column.deals[row.index]!;
              return (
                <Box
                  key={row.key}
                  ref={virtualizer.measureElement}
                  data-index={row.index}
                  sx={{ position: 'absolute', top: 0, left: 0, width: '100%' }}
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <DealCard deal={deal} stages={stages} onMoveTo={(to) => onMoveTo(deal.id, to)} />
                </Box>
              );
            })}
          </Box>
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
