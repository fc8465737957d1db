import ContactsOutlined from '@mui/icons-material/ContactsOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';

export function ContactsLoading() {
  const { t } = useTranslation();
  return (
    <Stack spacing={1} sx={{ p: 2 }} role="status" aria-label={t('app.loading')}>
      {[0, 1, 2, 3].map((row) => (
        <Skeleton key={row} variant="rounded" height={44} />
      ))}
    </Stack>
  );
}

export function ContactsError({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 2 }}>
      <Alert severity="error" action={<Button color="inherit" size="small" onClick={onRetry}>{t('common.retry')}</Button>}>
        {t('contacts.loadFailed')} {errorMessage(t, error)}
      </Alert>
    </Box>
  );
}

export function ContactsEmpty({ search }: { search: string }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1} sx={{ alignItems: 'center', py: 6, px: 2, textAlign: 'center' }}>
      <ContactsOutlined color="disabled" sx={{ fontSize: 48 }} />
      <Typography color="text.secondary">{search ? t('contacts.emptySearch', { search }) : t('contacts.empty')}</Typography>
    </Stack>
  );
}
