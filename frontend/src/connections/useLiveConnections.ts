import { useQueryClient } from '@tanstack/react-query';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { removeConnection, upsertConnection, useConnections } from './connectionsQuery';

/**
 * The company's connections with their status kept live by the `whatsappSession` events, for screens that
 * only read it (the inbox). The connections page has its own listener, which also announces alerts.
 */
export function useLiveConnections() {
  const client = useQueryClient();
  useSocketEvent('whatsappSession', (event) => {
    if (event.action === 'deleted') removeConnection(client, event.whatsappId);
    else if (event.action !== 'alert') upsertConnection(client, event.whatsapp);
  });
  return useConnections();
}
