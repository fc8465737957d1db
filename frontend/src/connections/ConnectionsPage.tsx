import Add from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { errorMessage } from '../i18n/errorMessage';
import type { Connection } from './connectionsApi';
import { ConnectionFormDialog } from './ConnectionFormDialog';
import { ConnectionsTable } from './ConnectionsTable';
import { QrCodeDialog } from './QrCodeDialog';
import { useConnectionEvents } from './useConnectionEvents';
import { useConnectionWrites } from './useConnectionWrites';
import { useConnections } from './connectionsQuery';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; connection: Connection };

export function ConnectionsPage() {
  const { t } = useTranslation();
  const list = useConnections();
  const writes = useConnectionWrites();
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [qrFor, setQrFor] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Connection | null>(null);
  const [disconnecting, setDisconnecting] = useState<Connection | null>(null);
  const [busy, setBusy] = useState(false);
  useConnectionEvents();

  const connections = list.data ?? [];
  // The dialog reads the connection from the live list, so socket updates reach it.
  const qrConnection = connections.find((c) => c.id === qrFor) ?? null;
  const closeQr = useCallback(() => setQrFor(null), []);

  const confirm = async (action: () => Promise<void>, done: () => void) => {
    setBusy(true);
    await action();
    setBusy(false);
    done();
  };

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
        <Box>
          <Typography variant="h1">{t('connections.title')}</Typography>
          <Typography color="text.secondary">{t('connections.subtitle')}</Typography>
        </Box>
        <Button variant="contained" startIcon={<Add />} onClick={() => setForm({ mode: 'create' })}>
          {t('connections.new')}
        </Button>
      </Stack>

      <Paper variant="outlined">
        {list.isPending ? (
          <Stack spacing={1} sx={{ p: 2 }} role="status" aria-label={t('app.loading')}>
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} variant="rounded" height={44} />
            ))}
          </Stack>
        ) : null}
        {list.isError ? (
          <Alert severity="error" action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}>
            {errorMessage(t, list.error)}
          </Alert>
        ) : null}
        {list.isSuccess && connections.length === 0 ? (
          <Typography color="text.secondary" sx={{ p: 4, textAlign: 'center' }}>
            {t('connections.empty')}
          </Typography>
        ) : null}
        {connections.length > 0 ? (
          <ConnectionsTable
            connections={connections}
            onShowQr={(c) => setQrFor(c.id)}
            onStart={(c) => void writes.start(c).then((ok) => ok && setQrFor(c.id))}
            onDisconnect={setDisconnecting}
            onEdit={(c) => setForm({ mode: 'edit', connection: c })}
            onDelete={setDeleting}
          />
        ) : null}
      </Paper>

      <ConnectionFormDialog
        open={form.mode !== 'closed'}
        connection={form.mode === 'edit' ? form.connection : null}
        onClose={() => setForm({ mode: 'closed' })}
        onSubmit={async (values) => {
          if (form.mode === 'edit') await writes.save(form.connection, values);
          else setQrFor((await writes.create(values)).id);
          setForm({ mode: 'closed' });
        }}
      />
      <QrCodeDialog connection={qrConnection} onClose={closeQr} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('connections.deleteTitle')}
        body={t('connections.deleteBody', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        destructive
        busy={busy}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          void confirm(
            () => writes.remove(deleting),
            () => setDeleting(null),
          )
        }
      />
      <ConfirmDialog
        open={disconnecting !== null}
        title={t('connections.disconnectTitle')}
        body={t('connections.disconnectBody', { name: disconnecting?.name ?? '' })}
        confirmLabel={t('connections.disconnectConfirm')}
        destructive
        busy={busy}
        onClose={() => setDisconnecting(null)}
        onConfirm={() =>
          disconnecting &&
          void confirm(
            () => writes.disconnect(disconnecting),
            () => setDisconnecting(null),
          )
        }
      />
    </Stack>
  );
}
