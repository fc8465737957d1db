import AltRoute from '@mui/icons-material/AltRouteOutlined';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnections } from '../connections/connectionsQuery';
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { QueueFormDialog } from './QueueFormDialog';
import { QueueOptionsDialog } from './QueueOptionsDialog';
import { QueuesTable } from './QueuesTable';
import { useQueueEvents } from './useQueueEvents';
import { useQueueWrites } from './useQueueWrites';
import { useQueuesList } from './queuesQuery';
import type { Queue } from './queueTypes';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; queue: Queue };

/** Admins only (the route is guarded): every queue with its hours, members and chatbot menu. */
export function QueuesPage() {
  const { t } = useTranslation();
  const list = useQueuesList();
  const connections = useConnections();
  const writes = useQueueWrites();
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [menuFor, setMenuFor] = useState<Queue | null>(null);
  const [deleting, setDeleting] = useState<Queue | null>(null);
  useQueueEvents();

  const queues = list.data ?? [];
  const connectionNames = useMemo(() => new Map((connections.data ?? []).map((c) => [c.id, c.name])), [connections.data]);

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <PageHeader title={t('queues.title')} subtitle={t('queues.subtitle')} newLabel={t('queues.new')} onNew={() => setForm({ mode: 'create' })} />

      <Paper variant="outlined">
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('queues.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && queues.length === 0 ? <ListEmpty icon={<AltRoute sx={{ fontSize: 48 }} />} text={t('queues.empty')} /> : null}
        {queues.length > 0 ? (
          <QueuesTable
            queues={queues}
            connectionNames={connectionNames}
            onEdit={(queue) => setForm({ mode: 'edit', queue })}
            onEditMenu={setMenuFor}
            onDelete={setDeleting}
          />
        ) : null}
      </Paper>

      <QueueFormDialog
        open={form.mode !== 'closed'}
        queue={form.mode === 'edit' ? form.queue : null}
        onClose={() => setForm({ mode: 'closed' })}
        onSubmit={async (values) => {
          await (form.mode === 'edit' ? writes.save(form.queue, values) : writes.create(values));
          setForm({ mode: 'closed' });
        }}
      />
      <QueueOptionsDialog queue={menuFor} onClose={() => setMenuFor(null)} />
      <DeleteConfirm
        item={deleting}
        title={t('queues.deleteTitle')}
        body={(queue) => t('queues.deleteBody', { name: queue.name })}
        onClose={() => setDeleting(null)}
        onConfirm={writes.remove}
      />
    </Stack>
  );
}
