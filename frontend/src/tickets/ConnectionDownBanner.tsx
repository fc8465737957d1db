import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { canManageConnections } from '../auth/permissions';
import { connectionsOfUser } from '../connections/connectionsOfUser';
import { useDownConnections } from '../connections/useDownConnections';
import { useLiveConnections } from '../connections/useLiveConnections';
import { useQueues } from './queuesQuery';

/**
 * Across the top of the inbox while a connection the user works with is down: replies typed now wait (on a
 * clock icon) and go out when it is back, and the user should know why. Admins get a way to the fix.
 */
export function ConnectionDownBanner({ graceMs }: { graceMs?: number }) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const connections = useLiveConnections().data;
  const queues = useQueues().data;
  const mine = useMemo(() => (user && connections ? connectionsOfUser(user, connections, queues ?? []) : []), [user, connections, queues]);
  const down = useDownConnections(mine, graceMs);
  if (down.length === 0) return null;

  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(down.map((c) => t('connectionNotices.quoted', { name: c.name })));
  return (
    <Alert
      severity="warning"
      data-testid="connection-down"
      sx={{ borderRadius: 0, borderBottom: 1, borderColor: 'divider', py: 0.25 }}
      action={
        canManageConnections(user) ? (
          <Button component={RouterLink} to="/connections" color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }}>
            {t('connectionNotices.manage')}
          </Button>
        ) : undefined
      }
    >
      {t('connectionNotices.banner', { count: down.length, names })}
    </Alert>
  );
}
