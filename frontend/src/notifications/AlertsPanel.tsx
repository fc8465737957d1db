import Done from '@mui/icons-material/Done';
import PhonelinkErase from '@mui/icons-material/PhonelinkErase';
import WifiOff from '@mui/icons-material/WifiOff';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StoredAlerts } from './useStoredAlerts';

interface AlertsPanelProps {
  stored: StoredAlerts;
  /** The bell's own setting (mute, or ask the browser), below the alerts. */
  setting: ReactNode;
  onClose(): void;
}

/** What the bell opens for an admin: the alerts not seen yet, each until marked seen, then the bell's setting. */
export function AlertsPanel({ stored, setting, onClose }: AlertsPanelProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const { alerts } = stored;

  return (
    <Box sx={{ width: 360, maxWidth: '100vw' }}>
      <Box sx={{ px: 2, pt: 1.5, pb: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {t('notifications.alertsTitle')}
        </Typography>
        {alerts.length > 1 ? (
          <Button size="small" onClick={() => stored.markAllSeen()}>
            {t('notifications.markAllSeen')}
          </Button>
        ) : null}
      </Box>
      {alerts.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1.5 }}>
          {t('notifications.noAlerts')}
        </Typography>
      ) : (
        <List dense aria-label={t('notifications.alertsTitle')} sx={{ maxHeight: 360, overflowY: 'auto', py: 0 }}>
          {alerts.map((alert) => {
            const text = t(`notifications.alert.${alert.reason}`, { name: alert.whatsappName });
            return (
              <ListItem
                key={alert.id}
                disablePadding
                secondaryAction={
                  <Tooltip title={t('notifications.markSeen')}>
                    <IconButton edge="end" aria-label={t('notifications.markSeenOf', { text })} onClick={() => stored.markSeen(alert.id)}>
                      <Done fontSize="small" />
                    </IconButton>
                  </Tooltip>
                }
              >
                {/* The connections page is where an admin acts on it (scan again, check the connection). */}
                <ListItemButton
                  onClick={() => {
                    onClose();
                    void navigate('/connections');
                  }}
                >
                  <ListItemIcon sx={{ minWidth: 36, color: alert.reason === 'loggedOut' ? 'error.main' : 'warning.main' }}>
                    {alert.reason === 'loggedOut' ? <PhonelinkErase fontSize="small" /> : <WifiOff fontSize="small" />}
                  </ListItemIcon>
                  <ListItemText primary={text} secondary={when(alert.createdAt)} />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      )}
      <Divider />
      {setting}
    </Box>
  );
}
