import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from './connectionsApi';

const COLORS: Record<ConnectionStatus, ChipProps['color']> = {
  CONNECTED: 'success',
  qrcode: 'info',
  OPENING: 'warning',
  DISCONNECTED: 'default',
  TIMEOUT: 'error',
};

/** A connection's status as a colored chip; `label` words it more precisely (e.g. reconnecting). */
export function ConnectionStatusChip({ status, label }: { status: ConnectionStatus; label?: string }) {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color={COLORS[status]} label={label ?? t(`connections.status.${status}`)} />;
}
