import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../api/session';
import { useAuth } from '../auth/AuthContext';
import { useFeedback } from '../common/FeedbackContext';
import { errorMessage } from '../i18n/errorMessage';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { PauseDialog } from './PauseDialog';
import { teamApi } from './teamApi';

/**
 * The top bar's "Disponível / Em pausa": paused, distribution gives this user no new tickets (the ones they hold
 * stay). The pause lives on the user (server), so a reload or another tab shows the same; a supervisor's pause
 * arrives live (`availability`) with a notice of who did it.
 */
export function AvailabilityToggle() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { notify } = useFeedback();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  useSocketEvent('availability', ({ user: changed, byUserId, byName }) => {
    session.updateUser(changed);
    if (byUserId === changed.id) return; // our own click, here or in another tab
    const name = byName || t('team.aSupervisor');
    notify(t(changed.pausedAt ? 'team.pausedBySupervisor' : 'team.resumedBySupervisor', { name }), changed.pausedAt ? 'warning' : 'info');
  });

  if (!user) return null;
  const paused = user.pausedAt !== null;
  const label = paused ? (user.pauseReason ? t('team.pausedWith', { reason: user.pauseReason }) : t('team.paused')) : t('team.available');

  const resume = async () => {
    setBusy(true);
    try {
      session.updateUser(await teamApi.setAvailability(user.id, { paused: false }));
      notify(t('team.youAreAvailable'), 'success');
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Tooltip title={paused ? t('team.resume') : t('team.pauseTitle')}>
        <Button
          size="small"
          variant={paused ? 'contained' : 'outlined'}
          color={paused ? 'warning' : 'success'}
          loading={busy}
          aria-label={t('team.availabilityLabel', { state: label })}
          onClick={() => (paused ? void resume() : setAsking(true))}
          startIcon={<Box component="span" aria-hidden sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: 'currentColor' }} />}
          sx={{ maxWidth: { xs: 130, sm: 240 }, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', display: 'inline-flex' }}
        >
          <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {label}
          </Box>
        </Button>
      </Tooltip>
      <PauseDialog
        open={asking}
        onClose={() => setAsking(false)}
        onPause={async (reason) => {
          session.updateUser(await teamApi.setAvailability(user.id, { paused: true, reason }));
          setAsking(false);
          notify(t('team.youArePaused'), 'warning');
        }}
      />
    </>
  );
}
