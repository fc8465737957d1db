import type { DealBoard, DealFilters, DealView } from '@atende/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { appendPage, boardHas, placeDeal } from './boardState';
import { boardKey, crmApi, crmKey, matchesFilters, patchDealsOfContact, type DealMove } from './crmApi';

/**
 * One pipeline's kanban with its filters: the board as the server answered it, then kept in the cache by the
 * user's moves (shown at once, sent, undone with the server's reason when refused), everyone's `deal` events
 * and each column's "load more".
 */
export function useBoard(pipelineId: number | null, filters: DealFilters) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const key = boardKey(pipelineId ?? 0, filters);
  const board = useQuery({ queryKey: key, queryFn: ({ signal }) => crmApi.board(pipelineId ?? 0, filters, signal), enabled: pipelineId !== null });
  const [loadingStage, setLoadingStage] = useState<number | null>(null);
  const change = (update: (board: DealBoard) => DealBoard) => client.setQueryData<DealBoard>(key, (current) => current && update(current));

  useSocketEvent('deal', ({ action, deal, previous }) => {
    // Every board in the cache (other pipelines' or filters'), and the deal's own page.
    for (const [cacheKey, cached] of client.getQueriesData<DealBoard>({ queryKey: [...crmKey, 'board'] })) {
      if (!cached) continue;
      const cachedFilters = (cacheKey[3] ?? {}) as DealFilters;
      const visible = action !== 'deleted' && matchesFilters(deal, cached.pipelineId, cachedFilters);
      // An edit of a deal beyond the loaded pages, in place: already counted, nothing to show.
      if (action === 'updated' && !previous && !boardHas(cached, deal.id) && visible) continue;
      const from = previous ?? (action === 'deleted' ? { stageId: deal.stageId, position: deal.position } : undefined);
      client.setQueryData<DealBoard>(cacheKey, placeDeal(cached, deal, from, visible));
    }
    if (action !== 'deleted') client.setQueryData([...crmKey, 'deal', deal.id], deal);
    void client.invalidateQueries({ queryKey: [...crmKey, 'contactDeals'] });
  });

  // A colleague (or the AI agent) scored or renamed a contact: its cards show it. The board's lead filter is
  // left as loaded until the next load: a card does not vanish under the reader's eyes for a score change.
  useSocketEvent('contact', (event) => {
    if (event.action === 'updated') patchDealsOfContact(client, event.contact);
  });

  const move = async (deal: DealView, to: DealMove) => {
    const before = client.getQueryData<DealBoard>(key);
    const moved: DealView = { ...deal, stageId: to.stageId, position: to.position, lostReason: to.lostReason ?? deal.lostReason };
    change((b) => placeDeal(b, moved, undefined, true));
    try {
      const saved = await crmApi.updateDeal(deal.id, to);
      change((b) => placeDeal(b, saved, undefined, true));
    } catch (error) {
      // Back where it was, and why: the server's refusal in the user's words.
      if (before) client.setQueryData(key, before);
      notify(errorMessage(t, error), 'error');
    }
  };

  const loadMore = async (stageId: number) => {
    const column = board.data?.columns.find((c) => c.stageId === stageId);
    if (!column?.nextCursor || pipelineId === null) return;
    setLoadingStage(stageId);
    try {
      const page = await crmApi.column(pipelineId, stageId, column.nextCursor, filters);
      change((b) => appendPage(b, stageId, page.deals, page.nextCursor));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setLoadingStage(null);
    }
  };

  return { board, move, loadMore, loadingStage };
}
