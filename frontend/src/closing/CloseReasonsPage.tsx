import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CloseReasonView } from '@atende/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { ListError, ListLoading } from '../common/ListStates';
import { errorMessage } from '../i18n/errorMessage';
import { closeReasonsKey, createCloseReason, deleteCloseReason, renameCloseReason, useCloseReasons } from './closingApi';

const NAME_MAX = 60;

/** Admins (the route is guarded) keep the company's close reasons: a short list, edited in place. */
export function CloseReasonsPage() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const list = useCloseReasons();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const write = async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      await client.invalidateQueries({ queryKey: closeReasonsKey });
      return true;
    } catch (error) {
      notify(errorMessage(t, error), 'error');
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && (await write(() => createCloseReason(name.trim())))) setName('');
  };

  return (
    <Stack spacing={3} sx={{ maxWidth: 700, mx: 'auto' }}>
      <div>
        <Typography variant="h1">{t('closing.menu')}</Typography>
        <Typography color="text.secondary">{t('closing.subtitle')}</Typography>
      </div>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack component="form" direction="row" spacing={1} onSubmit={(event) => void add(event)} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            fullWidth
            label={t('closing.new')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            slotProps={{ htmlInput: { maxLength: NAME_MAX } }}
          />
          <Button type="submit" variant="contained" loading={busy} disabled={!name.trim()}>
            {t('closing.add')}
          </Button>
        </Stack>
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('errors.generic')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && list.data.length === 0 ? (
          <Typography color="text.secondary" sx={{ mt: 2 }}>
            {t('closing.empty')}
          </Typography>
        ) : null}
        <List aria-label={t('closing.listLabel')}>
          {(list.data ?? []).map((reason) => (
            <ReasonRow
              key={`${reason.id}:${reason.name}`}
              reason={reason}
              busy={busy}
              onRename={(next) => write(() => renameCloseReason(reason.id, next))}
              onDelete={() => void write(() => deleteCloseReason(reason.id))}
            />
          ))}
        </List>
      </Paper>
    </Stack>
  );
}

function ReasonRow({
  reason,
  busy,
  onRename,
  onDelete,
}: {
  reason: CloseReasonView;
  busy: boolean;
  onRename(name: string): Promise<boolean>;
  onDelete(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(reason.name);
  const changed = name.trim() !== '' && name.trim() !== reason.name;
  return (
    <ListItem disableGutters sx={{ gap: 1 }}>
      <TextField
        size="small"
        fullWidth
        value={name}
        onChange={(event) => setName(event.target.value)}
        slotProps={{ htmlInput: { maxLength: NAME_MAX, 'aria-label': t('closing.rename', { name: reason.name }) } }}
      />
      {changed ? (
        <Button size="small" disabled={busy} onClick={() => void onRename(name.trim())}>
          {t('closing.save')}
        </Button>
      ) : null}
      <IconButton aria-label={t('closing.remove', { name: reason.name })} color="error" disabled={busy} onClick={onDelete}>
        <DeleteOutline />
      </IconButton>
    </ListItem>
  );
}
