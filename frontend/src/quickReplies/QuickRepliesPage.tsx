import Bolt from '@mui/icons-material/BoltOutlined';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../common/useDebouncedValue';
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { OptionalSelect } from '../common/OptionalSelect';
import { PageHeader } from '../common/PageHeader';
import { useQueuesList } from '../queues/queuesQuery';
import { SearchField } from '../common/SearchField';
import { QuickRepliesTable } from './QuickRepliesTable';
import { QuickReplyFormDialog } from './QuickReplyFormDialog';
import { useQuickRepliesList, type QuickReply } from './quickRepliesApi';
import { useQuickReplyWrites } from './useQuickReplyWrites';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; reply: QuickReply };

/** Admins and supervisors (the route is guarded) keep the company's ready-made messages. */
export function QuickRepliesPage() {
  const { t } = useTranslation();
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), 300);
  const [queueFilter, setQueueFilter] = useState('');
  const list = useQuickRepliesList(search, queueFilter === '' ? null : Number(queueFilter));
  const queues = useQueuesList();
  const writes = useQuickReplyWrites();
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<QuickReply | null>(null);

  const replies = list.data ?? [];
  const queueList = useMemo(() => queues.data ?? [], [queues.data]);
  const queuesById = useMemo(() => new Map(queueList.map((q) => [q.id, q])), [queueList]);

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <PageHeader
        title={t('quickReplies.title')}
        subtitle={t('quickReplies.subtitle')}
        newLabel={t('quickReplies.new')}
        onNew={() => setForm({ mode: 'create' })}
      />
      <Paper variant="outlined">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ p: 2, borderBottom: 1, borderColor: 'divider' }}>
          <SearchField label={t('quickReplies.searchLabel')} placeholder={t('quickReplies.searchPlaceholder')} value={searchInput} onChange={setSearchInput} />
          <OptionalSelect
            size="small"
            label={t('quickReplies.queueFilter')}
            value={queueFilter}
            onChange={setQueueFilter}
            noneLabel={t('quickReplies.allQueues')}
            choices={queueList}
            sx={{ maxWidth: { sm: 220 } }}
          />
        </Stack>
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('quickReplies.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && replies.length === 0 ? (
          <ListEmpty icon={<Bolt sx={{ fontSize: 48 }} />} text={search ? t('quickReplies.emptySearch', { search }) : t('quickReplies.empty')} />
        ) : null}
        {replies.length > 0 ? (
          <QuickRepliesTable replies={replies} queuesById={queuesById} onEdit={(reply) => setForm({ mode: 'edit', reply })} onDelete={setDeleting} />
        ) : null}
      </Paper>

      <QuickReplyFormDialog
        open={form.mode !== 'closed'}
        reply={form.mode === 'edit' ? form.reply : null}
        queues={queueList}
        onClose={() => setForm({ mode: 'closed' })}
        onSubmit={async (input, file) => {
          await (form.mode === 'edit' ? writes.save(form.reply, input, file) : writes.create(input, file));
          setForm({ mode: 'closed' });
        }}
      />
      <DeleteConfirm
        item={deleting}
        title={t('quickReplies.deleteTitle')}
        body={(reply) => t('quickReplies.deleteBody', { shortcut: reply.shortcut })}
        onClose={() => setDeleting(null)}
        onConfirm={writes.remove}
      />
    </Stack>
  );
}
