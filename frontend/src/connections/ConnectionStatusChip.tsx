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

export function ConnectionStatusChip({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color={COLORS[status]} label={t(`connections.status.${status}`)} />;
}
