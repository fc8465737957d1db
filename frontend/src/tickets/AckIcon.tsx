import AccessTime from '@mui/icons-material/AccessTime';
import Done from '@mui/icons-material/Done';
import DoneAll from '@mui/icons-material/DoneAll';
import { useTranslation } from 'react-i18next';
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
  const state = ackState(ack);
  const common = { fontSize: 'inherit' as const, titleAccess: t(`tickets.ack.${state}`), 'data-ack': state };
  if (state === 'pending') return <AccessTime {...common} />;
  if (state === 'sent') return <Done {...common} />;
  return <DoneAll {...common} sx={state === 'read' ? { color: '#34b7f1' } : undefined} />;
}
