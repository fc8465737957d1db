import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { connectionsApi, type Connection } from './connectionsApi';
import { ConnectionStatusChip } from './ConnectionStatusChip';

interface QrCodeDialogProps {
  /** The live connection from the list cache: socket events keep its status and QR payload current. */
  connection: Connection | null;
  onClose(): void;
}

/**
 * Shows the QR the phone scans. The image comes from the server (a data URL), fetched again whenever the
 * socket brings a new raw payload (WhatsApp rotates it every ~20 s); the dialog closes itself on connect.
 */
export function QrCodeDialog({ connection, onClose }: QrCodeDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const id = connection?.id ?? null;
  const payload = connection?.status === 'qrcode' ? connection.qrcode : null;
  const image = useQuery({
    queryKey: ['connections', id, 'qrcode', payload],
    queryFn: ({ signal }) => connectionsApi.qrcode(id as number, signal),
    enabled: id !== null && payload !== null,
    staleTime: Infinity,
  });

  const connected = connection?.status === 'CONNECTED';
  useEffect(() => {
    if (connected) onClose();
  }, [connected, onClose]);

  const dataUrl = payload !== null ? (image.data?.qrcode ?? null) : null;
  const codeField = useRef<HTMLInputElement>(null);
  const { notify } = useFeedback();
  // The code as text, for the simulator's "scan" (a demo without a phone): copied in one click, or by hand
  // when the browser refuses the clipboard (plain HTTP is not a secure context), with the text selected.
  const copy = async (code: string) => {
    try {
      await navigator.clipboard.writeText(code);
      notify(t('connectionNotices.qrCopied'));
    } catch {
      codeField.current?.select();
      notify(t('connectionNotices.qrCopyFailed'), 'warning');
    }
  };
  return (
    <Dialog open={connection !== null} onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('connections.qrTitle', { name: connection?.name ?? '' })}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2 }}>
          {connection ? <ConnectionStatusChip status={connection.status} /> : null}
          <Box data-qr={payload ?? ''} sx={{ width: 280, height: 280, display: 'grid', placeItems: 'center', bgcolor: 'common.white', borderRadius: 2 }}>
            {dataUrl ? (
              <img src={dataUrl} width={280} height={280} alt={t('connections.qrAlt')} />
            ) : (
              <CircularProgress aria-label={t('connections.qrWaiting')} />
            )}
          </Box>
          {payload !== null ? (
            <TextField
              label={t('connectionNotices.qrText')}
              value={payload}
              inputRef={codeField}
              size="small"
              fullWidth
              multiline
              maxRows={3}
              onFocus={(event) => event.target.select()}
              slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
            />
          ) : null}
          {connection?.status === 'TIMEOUT' || connection?.status === 'DISCONNECTED' ? (
            <Alert severity="warning">{t('connections.qrExpired')}</Alert>
          ) : (
            <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center' }}>
              {t('connections.qrHelp')}
            </Typography>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        {payload !== null ? <Button onClick={() => void copy(payload)}>{t('connectionNotices.qrCopy')}</Button> : null}
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
