import NotificationsActive from '@mui/icons-material/NotificationsActive';
import NotificationsNone from '@mui/icons-material/NotificationsNone';
import NotificationsOff from '@mui/icons-material/NotificationsOff';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { notificationPermission, requestNotificationPermission } from './browserNotification';

interface NotificationBellProps {
  muted: boolean;
  onMutedChange(muted: boolean): void;
}

/**
 * The top bar's bell. While the browser has not been asked yet, a click asks (permission must come from a
 * user action); afterwards it mutes and unmutes the sound and the notifications.
 */
export function NotificationBell({ muted, onMutedChange }: NotificationBellProps) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const [permission, setPermission] = useState(notificationPermission);
  const mustAsk = !muted && permission === 'default';

  const click = async () => {
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

  const label = mustAsk ? t('notifications.allow') : muted ? t('notifications.unmute') : t('notifications.mute');
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" aria-label={label} aria-pressed={!muted} onClick={() => void click()}>
        <Badge variant="dot" color="warning" invisible={!mustAsk}>
          {muted ? <NotificationsOff /> : mustAsk ? <NotificationsNone /> : <NotificationsActive />}
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
