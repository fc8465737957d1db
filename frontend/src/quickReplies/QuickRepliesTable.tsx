import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Queue } from '../queues/queueTypes';
import { RowAction, RowActions } from '../common/RowAction';
import type { QuickReply } from './quickRepliesApi';

interface QuickRepliesTableProps {
  replies: QuickReply[];
  queuesById: Map<number, Queue>;
  onEdit(reply: QuickReply): void;
  onDelete(reply: QuickReply): void;
}

function Scope({ queue }: { queue: Queue | undefined | null }) {
  const { t } = useTranslation();
  if (!queue) return <Chip size="small" variant="outlined" label={t('quickReplies.companyWide')} />;
  return (
    <Chip
      size="small"
      variant="outlined"
      label={queue.name}
      icon={<Box component="span" aria-hidden sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: queue.color, ml: '8px !important' }} />}
    />
  );
}

export function QuickRepliesTable({ replies, queuesById, onEdit, onDelete }: QuickRepliesTableProps) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table aria-label={t('quickReplies.listLabel')} sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: { xs: '35%', sm: 180 } }}>{t('quickReplies.shortcut')}</TableCell>
            <TableCell>{t('quickReplies.message')}</TableCell>
            <TableCell sx={{ width: 170, display: { xs: 'none', md: 'table-cell' } }}>{t('quickReplies.scope')}</TableCell>
            <TableCell align="right" sx={{ width: 96 }}>
              {t('common.actions')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {replies.map((reply) => {
            const shortcut = { shortcut: reply.shortcut };
            const queue = reply.queueId === null ? null : queuesById.get(reply.queueId);
            return (
              <TableRow key={reply.id} hover>
                <TableCell sx={{ wordBreak: 'break-all' }}>
                  <Typography variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>{`/${reply.shortcut}`}</Typography>
                  <Box sx={{ display: { xs: 'block', md: 'none' }, mt: 0.5 }}>
                    <Scope queue={queue} />
                  </Box>
                </TableCell>
                <TableCell>
                  {/* Long messages are clipped to three lines; the whole text is in the edit dialog. */}
                  <Typography
                    variant="body2"
                    sx={{ whiteSpace: 'pre-line', display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
                  >
                    {reply.message}
                  </Typography>
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  <Scope queue={queue} />
                </TableCell>
                <TableCell align="right">
                  <RowActions>
                    <RowAction label={t('quickReplies.editReply', shortcut)} onClick={() => onEdit(reply)} icon={<EditOutlined fontSize="small" />} />
                    <RowAction
                      label={t('quickReplies.deleteReply', shortcut)}
                      onClick={() => onDelete(reply)}
                      icon={<DeleteOutline fontSize="small" />}
                      danger
                    />
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
