import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';

/** Loading, failed and empty states shared by the admin lists. */
export function ListLoading() {
  const { t } = useTranslation();
  return (
    <Stack spacing={1} sx={{ p: 2 }} role="status" aria-label={t('app.loading')}>
      {[0, 1, 2].map((row) => (
        <Skeleton key={row} variant="rounded" height={44} />
      ))}
    </Stack>
  );
}

export function ListError({ title, error, onRetry }: { title: string; error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 2 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      >
        {title} {errorMessage(t, error)}
      </Alert>
    </Box>
  );
}

export function ListEmpty({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <Stack spacing={1} sx={{ alignItems: 'center', py: 6, px: 2, textAlign: 'center', color: 'text.disabled' }}>
      {icon}
      <Typography color="text.secondary">{text}</Typography>
    </Stack>
  );
}
