import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { connectionsApi, type Connection, type ConnectionInput } from './connectionsApi';
import { removeConnection, upsertConnection } from './connectionsQuery';

/** Every write of the page with its feedback; the socket confirms statuses a moment later. */
export function useConnectionWrites() {
  const client = useQueryClient();
  const { t } = useTranslation();
  const { notify } = useFeedback();

  const reportFailure = (error: unknown) => notify(errorMessage(t, error), 'error');

  return {
    /** Creates the connection and starts its session at once: the next thing the admin wants is the QR. */
    async create(input: ConnectionInput): Promise<Connection> {
      const created = await connectionsApi.create(input);
      upsertConnection(client, created);
      notify(t('connections.created', { name: created.name }), 'success');
      await connectionsApi.startSession(created.id).catch(reportFailure);
      return created;
    },
    async save(connection: Connection, input: ConnectionInput): Promise<void> {
      const saved = await connectionsApi.update(connection.id, input);
      upsertConnection(client, saved);
      notify(t('connections.updated', { name: saved.name }), 'success');
    },
    async start(connection: Connection): Promise<boolean> {
      try {
        await connectionsApi.startSession(connection.id);
        return true;
      } catch (error) {
        reportFailure(error);
        return false;
      }
    },
    async disconnect(connection: Connection): Promise<void> {
      try {
        await connectionsApi.stopSession(connection.id);
        notify(t('connections.disconnected', { name: connection.name }), 'success');
      } catch (error) {
        reportFailure(error);
      }
    },
    async remove(connection: Connection): Promise<void> {
      try {
        await connectionsApi.remove(connection.id);
        removeConnection(client, connection.id);
        notify(t('connections.deleted', { name: connection.name }), 'success');
      } catch (error) {
        reportFailure(error);
      }
    },
  };
}
