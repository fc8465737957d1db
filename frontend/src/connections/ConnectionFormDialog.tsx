import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Alert from '@mui/material/Alert';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import type { Connection, ConnectionInput } from './connectionsApi';
import { ConnectionQueuesField } from './ConnectionQueuesField';

interface ConnectionFormDialogProps {
  open: boolean;
  connection: Connection | null;
  onClose(): void;
  onSubmit(values: ConnectionInput): Promise<void>;
}

const EMPTY: ConnectionInput = { name: '', isDefault: false, greetingMessage: '', farewellMessage: '', queueIds: [] };

export function ConnectionFormDialog({ open, connection, onClose, onSubmit }: ConnectionFormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [values, setValues] = useState<ConnectionInput>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState(false);

  // Each opening starts from the connection being edited (or blank), not from the last dialog's leftovers.
  useEffect(() => {
    if (!open) return;
    setValues(
      connection
        ? {
            name: connection.name,
            isDefault: connection.isDefault,
            greetingMessage: connection.greetingMessage ?? '',
            farewellMessage: connection.farewellMessage ?? '',
            queueIds: connection.queueIds,
          }
        : EMPTY,
    );
    setError(null);
    setTouched(false);
  }, [open, connection]);

  const nameMissing = values.name.trim() === '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (nameMissing) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...values, name: values.name.trim() });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const set = <K extends keyof ConnectionInput>(key: K, value: ConnectionInput[K]) => setValues((v) => ({ ...v, [key]: value }));
  const title = connection ? t('connections.editTitle') : t('connections.createTitle');
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {error ? <Alert severity="error">{errorMessage(t, error)}</Alert> : null}
            <TextField
              label={t('connections.name')}
              value={values.name}
              onChange={(e) => set('name', e.target.value)}
              required
              autoFocus
              error={touched && nameMissing}
              helperText={touched && nameMissing ? t('validation.required') : ' '}
              slotProps={{ htmlInput: { maxLength: 80 } }}
            />
            <TextField
              label={t('connections.greeting')}
              value={values.greetingMessage}
              onChange={(e) => set('greetingMessage', e.target.value)}
              multiline
              minRows={2}
              helperText={t('connections.greetingHint')}
            />
            <TextField
              label={t('connections.farewell')}
              value={values.farewellMessage}
              onChange={(e) => set('farewellMessage', e.target.value)}
              multiline
              minRows={2}
              helperText={t('connections.farewellHint')}
            />
            {values.queueIds ? <ConnectionQueuesField value={values.queueIds} onChange={(ids) => set('queueIds', ids)} disabled={busy} /> : null}
            <FormControlLabel
              control={<Switch checked={values.isDefault} onChange={(e) => set('isDefault', e.target.checked)} />}
              label={t('connections.isDefault')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {connection ? t('common.save') : t('common.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
