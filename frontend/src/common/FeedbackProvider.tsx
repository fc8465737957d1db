import Alert, { type AlertColor } from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../api/session';
import { FeedbackContext } from './FeedbackContext';

interface Notice {
  key: number;
  message: string;
  severity: AlertColor;
  /** Who was signed in when it was given (null: nobody). */
  userId: number | null;
}

const signedInUserId = () => session.get().user?.id ?? null;

/**
 * One snackbar for the whole app; a new notice replaces the current one instead of stacking. Never at the bottom
 * centre, where the chat's composer is (a notice there hid the draft an attendant was typing and the send button),
 * nor at the bottom left, where it covered the inbox's bulk-selection bar (the notice is wider than the side menu):
 * at the top centre, over the app bar's empty middle, on every screen size.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [open, setOpen] = useState(false);
  // A notice given to one user ("Sara paused you") never stays over the login page once their session ends.
  const userId = useSyncExternalStore(session.subscribe, signedInUserId, signedInUserId);

  const notify = useCallback((message: string, severity: AlertColor = 'success') => {
    setNotice({ key: Date.now(), message, severity, userId: signedInUserId() });
    setOpen(true);
  }, []);

  const value = useMemo(() => ({ notify }), [notify]);
  const close = () => setOpen(false);

  return (
    <FeedbackContext.Provider value={value}>
      {children}
      <Snackbar
        key={notice?.key}
        open={open && notice?.userId === userId}
        autoHideDuration={notice?.severity === 'error' ? 8000 : 4000}
        onClose={(_event, reason) => reason !== 'clickaway' && close()}
        anchorOrigin={{ vertical: 'top', horizontal: 'center' }}
      >
        {notice ? (
          <Alert
            severity={notice.severity}
            variant="filled"
            onClose={close}
            slotProps={{ closeButton: { title: t('common.close'), 'aria-label': t('common.close') } }}
            sx={{ width: '100%' }}
          >
            {notice.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </FeedbackContext.Provider>
  );
}
