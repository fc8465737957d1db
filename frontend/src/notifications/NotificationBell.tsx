import NotificationsActive from '@mui/icons-material/NotificationsActive';
import NotificationsNone from '@mui/icons-material/NotificationsNone';
import NotificationsOff from '@mui/icons-material/NotificationsOff';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Popover from '@mui/material/Popover';
import Tooltip from '@mui/material/Tooltip';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import type { TaskReminders } from '../crm/useTaskReminders';
import { AlertsPanel } from './AlertsPanel';
import { notificationPermission, requestNotificationPermission } from './browserNotification';
import type { StoredAlerts } from './useStoredAlerts';

interface NotificationBellProps {
  muted: boolean;
  onMutedChange(muted: boolean): void;
  /** An admin's unseen alerts; null for everyone else. */
  stored: StoredAlerts | null;
  /** Task reminders received (everyone's bell lists its own until dismissed). */
  reminders: TaskReminders;
}

/**
 * The top bar's bell. Its setting: while the browser has not been asked yet, it asks (permission must come
 * from a user action); afterwards it mutes and unmutes the sound and the notifications. For an attendant a
 * click is the setting (until a task reminder arrives); an admin's bell opens their unseen alerts (counted on the badge) with the setting below.
 */
export function NotificationBell({ muted, onMutedChange, stored, reminders }: NotificationBellProps) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const panelId = useId();
  const [permission, setPermission] = useState(notificationPermission);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const mustAsk = !muted && permission === 'default';

  const applySetting = async () => {
    if (mustAsk) {
      const answer = await requestNotificationPermission();
      setPermission(answer);
      if (answer === 'denied') notify(t('notifications.denied'), 'info');
      return;
    }
    if (muted && permission === 'default') setPermission(await requestNotificationPermission());
    onMutedChange(!muted);
    notify(t(muted ? 'notifications.unmuted' : 'notifications.muted'), 'info');
  };

  const settingLabel = mustAsk ? t('notifications.allow') : muted ? t('notifications.unmute') : t('notifications.mute');
  const icon = muted ? <NotificationsOff /> : mustAsk ? <NotificationsNone /> : <NotificationsActive />;

  if (!stored && reminders.items.length === 0) {
    return (
      <Tooltip title={settingLabel}>
        <IconButton color="inherit" aria-label={settingLabel} aria-pressed={!muted} onClick={() => void applySetting()}>
          <Badge variant="dot" color="warning" invisible={!mustAsk}>
            {icon}
          </Badge>
        </IconButton>
      </Tooltip>
    );
  }

  const count = (stored?.alerts.length ?? 0) + reminders.items.length;
  const label = count > 0 ? t('notifications.bellWithAlerts', { count }) : t('notifications.bell');
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="dialog"
          aria-controls={anchor ? panelId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Badge badgeContent={count} color="error" invisible={count === 0}>
            <Badge variant="dot" color="warning" invisible={count > 0 || !mustAsk}>
              {icon}
            </Badge>
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        id={panelId}
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': t('notifications.bell') } }}
      >
        <AlertsPanel
          stored={stored}
          reminders={reminders}
          onClose={() => setAnchor(null)}
          setting={
            <ListItemButton onClick={() => void applySetting()}>
              <ListItemIcon sx={{ minWidth: 36 }}>
                {muted || mustAsk ? <NotificationsActive fontSize="small" /> : <NotificationsOff fontSize="small" />}
              </ListItemIcon>
              <ListItemText primary={settingLabel} />
            </ListItemButton>
          }
        />
      </Popover>
    </>
  );
}
