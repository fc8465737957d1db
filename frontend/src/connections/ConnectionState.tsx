import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNow } from '../common/useNow';
import type { Connection } from './connectionsApi';
import { ConnectionStatusChip } from './ConnectionStatusChip';

/**
 * The status chip, and while a connection that dropped keeps retrying, which attempt it is on and when the
 * next one comes ("Reconectando · tentativa 14, próxima em 45 s"): the server never stops trying by itself.
 */
export function ConnectionState({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const retrying = connection.status === 'OPENING' && connection.retries > 0;
  const next = retrying && connection.nextAttemptAt ? Date.parse(connection.nextAttemptAt) : null;
  const now = useNow(1000, next !== null);
  if (!retrying) return <ConnectionStatusChip status={connection.status} />;
  const seconds = next === null ? 0 : Math.ceil((next - now) / 1000);
  const when = seconds > 0 ? t('connectionRetry.nextIn', { seconds }) : t('connectionRetry.tryingNow');
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <ConnectionStatusChip status={connection.status} label={t('connectionRetry.reconnecting')} />
      <Typography variant="caption" color="text.secondary">
        {`${t('connectionRetry.attempt', { count: connection.retries })}, ${when}`}
      </Typography>
    </Stack>
  );
}
