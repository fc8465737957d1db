import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { RowAction, RowActions } from '../common/RowAction';
import type { Webhook } from './integrationsApi';
import { WebhookStatusChip } from './WebhookStatusChip';

interface WebhooksTableProps {
  webhooks: Webhook[];
  onEdit(webhook: Webhook): void;
  onDelete(webhook: Webhook): void;
}

export function WebhooksTable({ webhooks, onEdit, onDelete }: WebhooksTableProps) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table aria-label={t('integrations.webhooks.listLabel')} sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('integrations.webhooks.name')}</TableCell>
            <TableCell sx={{ width: 220, display: { xs: 'none', md: 'table-cell' } }}>{t('integrations.webhooks.events')}</TableCell>
            <TableCell sx={{ width: { xs: 120, sm: 190 } }}>{t('integrations.tokens.status')}</TableCell>
            <TableCell align="right" sx={{ width: 96 }}>
              {t('common.actions')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {webhooks.map((webhook) => {
            const name = webhook.name || webhook.url;
            return (
              <TableRow key={webhook.id} hover>
                <TableCell sx={{ wordBreak: 'break-all' }}>
                  {/* The page of a webhook holds its test button and delivery log. */}
                  <Link component={RouterLink} to={`/webhooks/${webhook.id}`} aria-label={t('integrations.webhooks.open', { name })} sx={{ fontWeight: 600 }}>
                    {name}
                  </Link>
                  {webhook.name ? (
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block', fontFamily: 'monospace' }}>
                      {webhook.url}
                    </Typography>
                  ) : null}
                  <Box sx={{ display: { xs: 'block', md: 'none' } }}>
                    <Typography variant="caption" color="text.secondary">
                      {webhook.events.join(', ')}
                    </Typography>
                  </Box>
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  <Typography variant="body2" sx={{ fontFamily: 'monospace', fontSize: 12 }}>
                    {webhook.events.join(', ')}
                  </Typography>
                </TableCell>
                <TableCell>
                  <WebhookStatusChip webhook={webhook} />
                </TableCell>
                <TableCell align="right">
                  <RowActions>
                    <RowAction label={`${t('integrations.webhooks.edit')} ${name}`} onClick={() => onEdit(webhook)} icon={<EditOutlined fontSize="small" />} />
                    <RowAction
                      label={`${t('integrations.webhooks.delete')} ${name}`}
                      onClick={() => onDelete(webhook)}
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
