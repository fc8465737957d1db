import DataUsage from '@mui/icons-material/DataUsage';
import AlarmOutlined from '@mui/icons-material/AlarmOutlined';
import Done from '@mui/icons-material/Done';
import PhonelinkErase from '@mui/icons-material/PhonelinkErase';
import WebhookOutlined from '@mui/icons-material/WebhookOutlined';
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
import type { TaskReminders } from '../crm/useTaskReminders';
import type { StoredAlert } from './alertsApi';
import type { StoredAlerts } from './useStoredAlerts';

/** The month a budget alert is about ('2026-12'), as the reader says it ("dezembro de 2026"). */
const monthName = (period: string | null, language: string) =>
  period ? new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`)) : '';

/** Where an admin acts on the alert, and how it looks: a connection's on the connections page, the AI budget's on the usage page, a webhook's on its page. */
function lookOf(alert: StoredAlert) {
  if (alert.reason === 'webhookDisabled') {
    return { to: alert.webhookId ? `/webhooks/${alert.webhookId}` : '/webhooks', icon: <WebhookOutlined fontSize="small" />, color: 'error.main' };
  }
  if (alert.reason === 'aiBudgetNear' || alert.reason === 'aiBudgetSpent') {
    return { to: '/ai-agents/usage', icon: <DataUsage fontSize="small" />, color: alert.reason === 'aiBudgetSpent' ? 'error.main' : 'warning.main' };
  }
  return alert.reason === 'loggedOut'
    ? { to: '/connections', icon: <PhonelinkErase fontSize="small" />, color: 'error.main' }
    : { to: '/connections', icon: <WifiOff fontSize="small" />, color: 'warning.main' };
}

interface AlertsPanelProps {
  /** An admin's stored alerts; null for everyone else. */
  stored: StoredAlerts | null;
  reminders: TaskReminders;
  /** The bell's own setting (mute, or ask the browser), below the alerts. */
  setting: ReactNode;
  onClose(): void;
}

/** What the bell opens for an admin: the alerts not seen yet, each until marked seen, then the bell's setting. */
export function AlertsPanel({ stored, reminders, setting, onClose }: AlertsPanelProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const alerts = stored?.alerts ?? [];
  const textOf = (alert: StoredAlert) =>
    alert.reason === 'webhookDisabled'
      ? alert.webhookName
        ? t('notifications.alert.webhookDisabled', { name: alert.webhookName })
        : t('notifications.alert.webhookDisabledUnnamed')
      : t(`notifications.alert.${alert.reason}`, { name: alert.whatsappName, month: monthName(alert.period, i18n.language) });

  return (
    <Box sx={{ width: 360, maxWidth: '100vw' }}>
      {reminders.items.length ? (
        <>
          <Box sx={{ px: 2, pt: 1.5, pb: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, flexGrow: 1 }}>
              {t('crm.tasks.reminders')}
            </Typography>
          </Box>
          <List dense aria-label={t('crm.tasks.reminders')} sx={{ maxHeight: 240, overflowY: 'auto', py: 0 }}>
            {reminders.items.map((task) => (
              <ListItem
                key={task.id}
                disablePadding
                secondaryAction={
                  <Tooltip title={t('crm.tasks.dismiss')}>
                    <IconButton edge="end" aria-label={`${t('crm.tasks.dismiss')}: ${task.title}`} onClick={() => reminders.dismiss(task.id)}>
                      <Done fontSize="small" />
                    </IconButton>
                  </Tooltip>
                }
              >
                <ListItemButton
                  onClick={() => {
                    reminders.dismiss(task.id);
                    onClose();
                    void navigate(task.deal ? `/deals/${task.deal.id}` : '/tasks');
                  }}
                >
                  <ListItemIcon sx={{ minWidth: 36, color: 'warning.main' }}>
                    <AlarmOutlined fontSize="small" />
                  </ListItemIcon>
                  <ListItemText primary={task.title} secondary={when(task.dueAt)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
          <Divider />
        </>
      ) : null}
      {stored ? (
        <>
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
                const text = textOf(alert);
                const look = lookOf(alert);
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
                    {/* Where the admin acts on it: scan again, check the connection, raise the budget. */}
                    <ListItemButton
                      onClick={() => {
                        onClose();
                        void navigate(look.to);
                      }}
                    >
                      <ListItemIcon sx={{ minWidth: 36, color: look.color }}>{look.icon}</ListItemIcon>
                      <ListItemText primary={text} secondary={when(alert.createdAt)} />
                    </ListItemButton>
                  </ListItem>
                );
              })}
            </List>
          )}
        </>
      ) : null}
      <Divider />
      {setting}
    </Box>
  );
}
