import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { PasswordField } from '../common/PasswordField';
import { errorMessage } from '../i18n/errorMessage';
import { LanguageMenu } from '../layout/LanguageMenu';
import { ThemeModeToggle } from '../layout/ThemeModeToggle';
import { BrandMark } from '../layout/BrandMark';
import { FullPageLoader } from '../layout/FullPageLoader';
import { useAuth } from './AuthContext';

interface FromState {
  from?: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { status, login, endedReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const from = (location.state as FromState | null)?.from ?? '/';

  if (status === 'authenticated' && !submitting) return <Navigate to={from} replace />;
  if (status === 'booting') return <FullPageLoader />; // a remembered session may be about to resume

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await login({ email: email.trim(), password });
      await navigate(from, { replace: true });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  return (
    <Box component="main" sx={{ minHeight: '100dvh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}>
      <Stack direction="row" spacing={1} sx={{ position: 'fixed', top: 12, right: 12 }}>
        <LanguageMenu />
        <ThemeModeToggle />
      </Stack>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 400, p: { xs: 3, sm: 4 } }}>
        <Stack spacing={3} component="form" noValidate onSubmit={submit} aria-labelledby="login-title">
          <Stack spacing={1} sx={{ alignItems: 'center', textAlign: 'center' }}>
            <BrandMark size={48} />
            <Typography id="login-title" variant="h1">
              {t('auth.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('auth.subtitle')}
            </Typography>
          </Stack>
          {error ? (
            <Alert severity="error" role="alert">
              {errorMessage(t, error)}
            </Alert>
          ) : endedReason ? (
            <Alert severity="warning" role="status">
              {t(`auth.ended.${endedReason}`)}
            </Alert>
          ) : null}
          <TextField
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            autoFocus
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            disabled={submitting}
          />
          <PasswordField
            label={t('auth.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            disabled={submitting}
          />
          <Button type="submit" variant="contained" size="large" loading={submitting} loadingPosition="start" disabled={!email || !password}>
            {submitting ? t('auth.submitting') : t('auth.submit')}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
