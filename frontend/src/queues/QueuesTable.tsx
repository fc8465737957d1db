import AccountTree from '@mui/icons-material/AccountTreeOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Queue } from './queueTypes';
import { RowAction, RowActions } from '../common/RowAction';

interface QueuesTableProps {
  queues: Queue[];
  /** Connection names by id, to show which numbers route to each queue. */
  connectionNames: Map<number, string>;
  onEdit(queue: Queue): void;
  onEditMenu(queue: Queue): void;
  onDelete(queue: Queue): void;
}

const hideOnPhone = { display: { xs: 'none', sm: 'table-cell' } };

export function QueuesTable({ queues, connectionNames, onEdit, onEditMenu, onDelete }: QueuesTableProps) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table aria-label={t('queues.listLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('queues.name')}</TableCell>
            <TableCell sx={hideOnPhone}>{t('queues.attendants')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('queues.connections')}</TableCell>
            <TableCell sx={hideOnPhone}>{t('queues.distribution')}</TableCell>
            <TableCell align="right">{t('common.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {queues.map((queue) => {
            const name = { name: queue.name };
            const attendants = t('queues.attendantsCount', { count: queue.userIds.length });
            return (
              <TableRow key={queue.id} hover>
                <TableCell>
                  <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                    <Box aria-hidden sx={{ width: 14, height: 14, borderRadius: '50%', bgcolor: queue.color, flexShrink: 0 }} />
                    <div>
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {queue.name}
                      </Typography>
                      {/* On a phone the hidden columns' essentials move under the name. */}
                      <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'block', sm: 'none' } }}>
                        {`${attendants} · ${t(`queues.distributions.${queue.distribution}`)}`}
                      </Typography>
                    </div>
                  </Stack>
                </TableCell>
                <TableCell sx={hideOnPhone}>{attendants}</TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  {queue.whatsappIds.length === 0 ? (
                    <Typography variant="body2" color="text.secondary">
                      {t('queues.noConnections')}
                    </Typography>
                  ) : (
                    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                      {queue.whatsappIds.map((id) => (
                        <Chip key={id} size="small" variant="outlined" label={connectionNames.get(id) ?? `#${id}`} />
                      ))}
                    </Stack>
                  )}
                </TableCell>
                <TableCell sx={hideOnPhone}>{t(`queues.distributions.${queue.distribution}`)}</TableCell>
                <TableCell align="right">
                  <RowActions>
                    <RowAction label={t('queues.menuQueue', name)} onClick={() => onEditMenu(queue)} icon={<AccountTree fontSize="small" />} />
                    <RowAction label={t('queues.editQueue', name)} onClick={() => onEdit(queue)} icon={<EditOutlined fontSize="small" />} />
                    <RowAction label={t('queues.deleteQueue', name)} onClick={() => onDelete(queue)} icon={<DeleteOutline fontSize="small" />} danger />
                  </RowActions>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
