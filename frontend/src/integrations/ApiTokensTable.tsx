import Block from '@mui/icons-material/Block';
import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { RowAction, RowActions } from '../common/RowAction';
import type { ApiToken } from './integrationsApi';

type TokenStatus = 'active' | 'expired' | 'revoked';
const COLORS: Record<TokenStatus, ChipProps['color']> = { active: 'success', expired: 'warning', revoked: 'default' };

export function tokenStatus(token: ApiToken, now = Date.now()): TokenStatus {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

function Scopes({ token }: { token: ApiToken }) {
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {token.scopes.map((scope) => (
        <Chip key={scope} size="small" variant="outlined" label={scope} sx={{ fontFamily: 'monospace' }} />
      ))}
    </Stack>
  );
}

export function ApiTokensTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke(token: ApiToken): void }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'short' });
  const dateTime = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <TableContainer>
      <Table aria-label={t('integrations.tokens.listLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('integrations.tokens.name')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('integrations.tokens.scopes')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{t('integrations.tokens.expires')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{t('integrations.tokens.lastUsed')}</TableCell>
            <TableCell>{t('integrations.tokens.status')}</TableCell>
            <TableCell align="right" sx={{ width: 64 }}>
              {t('common.actions')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tokens.map((token) => {
            const status = tokenStatus(token);
            return (
              <TableRow key={token.id} hover sx={status === 'active' ? undefined : { '& td': { color: 'text.secondary' } }}>
                <TableCell sx={{ wordBreak: 'break-word' }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {token.name}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }} aria-label={t('integrations.tokens.prefix')}>
                    {`${token.prefix}…`}
                  </Typography>
                  {token.createdBy ? (
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {t('integrations.tokens.createdBy', { name: token.createdBy.name })}
                    </Typography>
                  ) : null}
                  {/* On a phone the other columns are hidden: the scopes and dates come under the name. */}
                  <Box sx={{ display: { xs: 'block', md: 'none' }, mt: 0.5 }}>
                    <Scopes token={token} />
                  </Box>
                  {/* One line each: joined, a 390 px row broke them mid-phrase ("Último / uso"). */}
                  <Box sx={{ display: { xs: 'block', sm: 'none' }, mt: 0.5 }}>
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {`${t('integrations.tokens.expires')}: ${token.expiresAt ? date(token.expiresAt) : t('integrations.tokens.noExpiry')}`}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {`${t('integrations.tokens.lastUsed')}: ${token.lastUsedAt ? dateTime(token.lastUsedAt) : t('integrations.tokens.neverUsed')}`}
                    </Typography>
                  </Box>
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                  <Scopes token={token} />
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  {token.expiresAt ? date(token.expiresAt) : t('integrations.tokens.noExpiry')}
                </TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                  {token.lastUsedAt ? dateTime(token.lastUsedAt) : t('integrations.tokens.neverUsed')}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={COLORS[status]}
                    variant={status === 'active' ? 'filled' : 'outlined'}
                    label={t(`integrations.tokens.statusOf.${status}`)}
                  />
                </TableCell>
                <TableCell align="right">
                  <RowActions>
                    <RowAction
                      label={t('integrations.tokens.revoke', { name: token.name })}
                      onClick={() => onRevoke(token)}
                      icon={<Block fontSize="small" />}
                      disabled={status === 'revoked'}
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
