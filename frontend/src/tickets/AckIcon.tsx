import AccessTime from '@mui/icons-material/AccessTime';
import Done from '@mui/icons-material/Done';
import DoneAll from '@mui/icons-material/DoneAll';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { useChatConnection } from './chat/ChatConnection';
import type { Ack } from './messagesApi';

type AckState = 'pending' | 'sent' | 'delivered' | 'read';

/** WhatsApp's convention: clock while queued, ✓ once the server has it, ✓✓ delivered, blue ✓✓ read. */
export function ackState(ack: Ack): AckState {
  if (ack <= 0) return 'pending';
  if (ack <= 2) return 'sent';
  if (ack === 3) return 'delivered';
  return 'read';
}

export function AckIcon({ ack }: { ack: Ack }) {
  const { t } = useTranslation();
  const connection = useChatConnection();
  const state = ackState(ack);
  if (state === 'pending') {
    // A reply on the clock says why it waits: the state of the connection it goes out through.
    const waiting = t('tickets.ack.pending');
    const label = connection ? t(`connectionNotices.waiting.${connection.status}`, { name: connection.name, defaultValue: waiting }) : waiting;
    return (
      <Tooltip title={label}>
        <AccessTime fontSize="inherit" role="img" aria-hidden={false} aria-label={label} tabIndex={0} data-ack={state} />
      </Tooltip>
    );
  }
  const common = { fontSize: 'inherit' as const, titleAccess: t(`tickets.ack.${state}`), 'data-ack': state };
  if (state === 'sent') return <Done {...common} />;
  return <DoneAll {...common} sx={state === 'read' ? { color: '#34b7f1' } : undefined} />;
}
