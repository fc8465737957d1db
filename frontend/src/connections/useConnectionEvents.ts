import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { connectionsKey, removeConnection, upsertConnection } from './connectionsQuery';
import { connectionQueueOptionsKey } from './connectionQueuesQuery';

/** Keeps the connections list live: statuses and QR codes change on the server, never by our own request. */
export function useConnectionEvents(): void {
  const client = useQueryClient();
  const { t } = useTranslation();
  const { notify } = useFeedback();
  useSocketEvent('whatsappSession', (event) => {
    if (event.action === 'deleted') removeConnection(client, event.whatsappId);
    else if (event.action === 'alert') {
      notify(t(`connections.alert.${event.reason}`), 'warning');
      void client.invalidateQueries({ queryKey: connectionsKey });
    } else upsertConnection(client, event.whatsapp);
  });
  // A queue's name, color or connections changed (here or on the queues screen): chips and choices follow.
  useSocketEvent('queue', () => {
    void client.invalidateQueries({ queryKey: connectionQueueOptionsKey });
    void client.invalidateQueries({ queryKey: connectionsKey, exact: true });
  });
}
