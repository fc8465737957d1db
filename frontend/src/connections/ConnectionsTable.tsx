import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { Connection } from './connectionsApi';
import { ConnectionRowActions, type ConnectionActionHandlers } from './ConnectionRowActions';
import { ConnectionState } from './ConnectionState';
import { ConnectionQueueChips } from './ConnectionQueueChips';
import { useQueueOptions } from './connectionQueuesQuery';

export function ConnectionsTable({ connections, ...handlers }: ConnectionActionHandlers & { connections: Connection[] }) {
  const { t } = useTranslation();
  const queues = useQueueOptions().data ?? [];
  return (
    <TableContainer>
      <Table aria-label={t('connections.listLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('connections.name')}</TableCell>
            <TableCell>{t('connections.number')}</TableCell>
            <TableCell>{t('connections.statusLabel')}</TableCell>
            <TableCell>{t('connectionQueues.column')}</TableCell>
            <TableCell align="right">{t('common.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {connections.map((connection) => (
            <TableRow key={connection.id} hover>
              <TableCell>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <span>{connection.name}</span>
                  {connection.isDefault ? <Chip size="small" label={t('connections.default')} /> : null}
                </Stack>
              </TableCell>
              <TableCell>{connection.number ?? '—'}</TableCell>
              <TableCell>
                <ConnectionState connection={connection} />
              </TableCell>
              <TableCell>
                <ConnectionQueueChips queueIds={connection.queueIds} queues={queues} />
              </TableCell>
              <TableCell align="right">
                <ConnectionRowActions connection={connection} {...handlers} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
