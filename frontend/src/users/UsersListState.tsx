import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PeopleOutline from '@mui/icons-material/PeopleAltOutlined';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';

export function UsersLoading() {
  const { t } = useTranslation();
  return (
    <Stack spacing={1} sx={{ p: 2 }} role="status" aria-label={t('app.loading')}>
      {[0, 1, 2, 3].map((row) => (
        <Skeleton key={row} variant="rounded" height={44} />
      ))}
    </Stack>
  );
}

export function UsersError({ error, onRetry }: { error: unknown; onRetry(): void }) {
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
        {t('users.loadFailed')} {errorMessage(t, error)}
      </Alert>
    </Box>
  );
}

export function UsersEmpty({ search }: { search: string }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1} sx={{ alignItems: 'center', py: 6, px: 2, textAlign: 'center' }}>
      <PeopleOutline color="disabled" sx={{ fontSize: 48 }} />
      <Typography color="text.secondary">{search ? t('users.emptySearch', { search }) : t('users.empty')}</Typography>
    </Stack>
  );
}
