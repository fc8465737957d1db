import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import LinkOff from '@mui/icons-material/LinkOff';
import QrCode2 from '@mui/icons-material/QrCode2';
import RestartAlt from '@mui/icons-material/RestartAlt';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from './connectionsApi';

export interface ConnectionActionHandlers {
  onShowQr(connection: Connection): void;
  onStart(connection: Connection): void;
  onDisconnect(connection: Connection): void;
  onEdit(connection: Connection): void;
  onDelete(connection: Connection): void;
}

function Action({ label, onClick, children, color }: { label: string; onClick(): void; children: ReactNode; color?: 'error' }) {
  return (
    <Tooltip title={label}>
      <IconButton aria-label={label} onClick={onClick} size="small" color={color}>
        {children}
      </IconButton>
    </Tooltip>
  );
}

export function ConnectionRowActions({ connection, ...on }: ConnectionActionHandlers & { connection: Connection }) {
  const { t } = useTranslation();
  const name = { name: connection.name };
  const live = connection.status === 'CONNECTED' || connection.status === 'OPENING';
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
      {connection.status === 'qrcode' ? (
        <Action label={t('connections.showQr', name)} onClick={() => on.onShowQr(connection)}>
          <QrCode2 fontSize="small" />
        </Action>
      ) : null}
      <Action label={live ? t('connections.restart', name) : t('connections.start', name)} onClick={() => on.onStart(connection)}>
        <RestartAlt fontSize="small" />
      </Action>
      {connection.status !== 'DISCONNECTED' ? (
        <Action label={t('connections.disconnect', name)} onClick={() => on.onDisconnect(connection)}>
          <LinkOff fontSize="small" />
        </Action>
      ) : null}
      <Action label={t('connections.edit', name)} onClick={() => on.onEdit(connection)}>
        <EditOutlined fontSize="small" />
      </Action>
      <Action label={t('connections.delete', name)} onClick={() => on.onDelete(connection)} color="error">
        <DeleteOutline fontSize="small" />
      </Action>
    </Stack>
  );
}
