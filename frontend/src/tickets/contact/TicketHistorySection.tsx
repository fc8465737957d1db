import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { canReadUsers } from '../../auth/permissions';
import { errorMessage } from '../../i18n/errorMessage';
import { useAttendants } from '../list/inboxLookups';
import { useQueues } from '../queuesQuery';
import { useTicketHistory, type TicketHistoryEntry } from './contactDrawerApi';

/** Who accepted, transferred, closed and reopened the ticket, oldest first. */
export function TicketHistorySection({ ticketId }: { ticketId: number }) {
  const { t, i18n } = useTranslation();
  const { user: me } = useAuth();
  const history = useTicketHistory(ticketId, true);
  const queues = useQueues();
  const attendants = useAttendants(canReadUsers(me));

  // Attendants cannot list users: names they cannot know read as "an attendant".
  const userName = (id: number | null) =>
    id === null
      ? t('inbox.history.system')
      : id === me?.id
        ? t('inbox.contact.you')
        : (attendants.data?.find((u) => u.id === id)?.name ?? t('inbox.history.attendant'));
  const describe = (entry: TicketHistoryEntry) => {
    const who = userName(entry.userId);
    const base = t(`inbox.history.${entry.action}`, { who, to: userName(entry.toUserId) });
    if (entry.action !== 'transferred') return base;
    const parts = [base];
    if (entry.toQueueId !== null && entry.toQueueId !== entry.fromQueueId) {
      parts.push(t('inbox.history.toQueue', { queue: queues.data?.find((q) => q.id === entry.toQueueId)?.name ?? `#${entry.toQueueId}` }));
    }
    if (entry.toUserId !== null && entry.toUserId !== entry.fromUserId) parts.push(t('inbox.history.toUser', { user: userName(entry.toUserId) }));
    return parts.join(' ');
  };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  if (history.isError) return <Typography color="error">{errorMessage(t, history.error)}</Typography>;
  if (history.data?.length === 0) return <Typography color="text.secondary">{t('inbox.contact.noHistory')}</Typography>;
  return (
    <Stack component="ol" spacing={0.75} aria-label={t('inbox.contact.history')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {(history.data ?? []).map((entry) => (
        <Stack component="li" key={entry.id} direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {when(entry.createdAt)}
          </Typography>
          <Typography variant="body2">{describe(entry)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}
