import Add from '@mui/icons-material/Add';
import AccountTree from '@mui/icons-material/AccountTreeOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { OptionFormDialog } from './OptionFormDialog';
import { OptionTreeItem } from './OptionTreeItem';
import { buildOptionTree, countDescendants, nextPosition, type OptionNode } from './queueOptionsTree';
import { useAllUsers } from './queueMembersQuery';
import { useQueuesList } from './queuesQuery';
import type { Queue } from './queueTypes';
import { useQueueOptionWrites, useQueueOptionsList } from './useQueueOptions';

type Editing = { mode: 'closed' } | { mode: 'add'; parent: OptionNode | null } | { mode: 'edit'; node: OptionNode };

/** The chatbot menu of one queue: a tree of numbered options, edited in place. */
export function QueueOptionsDialog({ queue, onClose }: { queue: Queue | null; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // Keep the last queue while the dialog animates out.
  const [shown, setShown] = useState<Queue | null>(queue);
  if (queue !== null && queue !== shown) setShown(queue);
  const queueId = shown?.id ?? 0;
  const list = useQueueOptionsList(queue?.id ?? null);
  const writes = useQueueOptionWrites(queueId);
  const tree = useMemo(() => buildOptionTree(list.data ?? []), [list.data]);
  const queues = useQueuesList();
  const users = useAllUsers(queue !== null);
  const queueTargets = useMemo(() => (queues.data ?? []).map(({ id, name }) => ({ id, name })), [queues.data]);
  const userTargets = useMemo(() => (users.data ?? []).filter((u) => u.active).map(({ id, name }) => ({ id, name })), [users.data]);
  const targetName = (node: OptionNode) => {
    const { targetQueueId, targetUserId } = node.option;
    const names = [queueTargets.find((q) => q.id === targetQueueId)?.name, userTargets.find((u) => u.id === targetUserId)?.name];
    return names.filter(Boolean).join(' · ') || null;
  };
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<OptionNode | null>(null);

  const formTitle =
    editing.mode === 'edit'
      ? t('queues.options.editTitle')
      : editing.mode === 'add' && editing.parent
        ? t('queues.options.createChildTitle', { title: editing.parent.option.title })
        : t('queues.options.createTitle');

  return (
    <Dialog open={queue !== null} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md" fullScreen={phone}>
      <DialogTitle id={titleId}>{t('queues.options.title', { name: shown?.name ?? '' })}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography color="text.secondary">{t('queues.options.intro')}</Typography>
          {list.isPending ? <ListLoading /> : null}
          {list.isError ? <ListError title={t('queues.options.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
          {list.isSuccess && tree.length === 0 ? <ListEmpty icon={<AccountTree sx={{ fontSize: 40 }} />} text={t('queues.options.empty')} /> : null}
          {tree.length > 0 ? (
            <Box component="ul" aria-label={t('queues.options.treeLabel')} sx={{ m: 0, p: 0 }}>
              {tree.map((node, index) => (
                <OptionTreeItem
                  key={node.option.id}
                  node={node}
                  siblings={tree}
                  index={index}
                  targetName={targetName}
                  onAddChild={(parent) => setEditing({ mode: 'add', parent })}
                  onEdit={(target) => setEditing({ mode: 'edit', node: target })}
                  onMove={(siblings, at, delta) => void writes.move(siblings, at, delta)}
                  onDelete={setDeleting}
                />
              ))}
            </Box>
          ) : null}
          <Box>
            <Button startIcon={<Add />} variant="outlined" onClick={() => setEditing({ mode: 'add', parent: null })} disabled={!list.isSuccess}>
              {t('queues.options.addRoot')}
            </Button>
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>

      <OptionFormDialog
        open={editing.mode !== 'closed'}
        title={formTitle}
        initial={editing.mode === 'edit' ? editing.node.option : null}
        queueId={queueId}
        queues={queueTargets}
        users={userTargets}
        onClose={() => setEditing({ mode: 'closed' })}
        onSubmit={async (fields) => {
          if (editing.mode === 'edit') await writes.save(editing.node.option, fields);
          else if (editing.mode === 'add') {
            const siblings = editing.parent ? editing.parent.children : tree;
            await writes.create(editing.parent?.option.id ?? null, nextPosition(siblings), fields);
          }
          setEditing({ mode: 'closed' });
        }}
      />
      <DeleteConfirm
        item={deleting}
        title={t('queues.options.deleteTitle')}
        body={(node) => t('queues.options.deleteBodyChildren', { title: node.option.title, count: countDescendants(node) })}
        onClose={() => setDeleting(null)}
        onConfirm={(node) => writes.remove(node.option)}
      />
    </Dialog>
  );
}
