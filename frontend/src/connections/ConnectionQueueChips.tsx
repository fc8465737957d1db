import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { QueueOption } from './connectionQueuesQuery';
import { QueueChip } from './QueueChip';

/** The queues a connection serves, as colored chips (ids the list does not know yet are skipped). */
export function ConnectionQueueChips({ queueIds, queues }: { queueIds: number[] | undefined; queues: QueueOption[] }) {
  const { t } = useTranslation();
  const served = (queueIds ?? []).map((id) => queues.find((q) => q.id === id)).filter((q): q is QueueOption => q !== undefined);
  if (served.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('connectionQueues.none')}
      </Typography>
    );
  }
  return (
    <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }} aria-label={t('connectionQueues.column')} role="list">
      {served.map((queue) => (
        <QueueChip key={queue.id} queue={queue} role="listitem" />
      ))}
    </Stack>
  );
}
