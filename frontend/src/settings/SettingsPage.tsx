import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import { SettingsForm } from './SettingsForm';
import { useSettings } from './settingsQuery';

/** The company's settings (admins only; the route checks it). */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Stack spacing={3} sx={{ maxWidth: 900, mx: 'auto' }}>
      <Box>
        <Typography variant="h1">{t('settings.title')}</Typography>
        <Typography color="text.secondary">{t('settings.subtitle')}</Typography>
      </Box>
      {settings.isPending ? (
        <Stack spacing={2} role="status" aria-label={t('app.loading')}>
          {[0, 1, 2].map((block) => (
            <Skeleton key={block} variant="rounded" height={120} />
          ))}
        </Stack>
      ) : null}
      {settings.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void settings.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {t('settings.loadFailed')} {errorMessage(t, settings.error)}
        </Alert>
      ) : null}
      {/* Mounted once the values are in, so the form starts from what the server has. */}
      {settings.data ? <SettingsForm settings={settings.data} /> : null}
    </Stack>
  );
}
