import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A centred explanation with a way back home (not found, forbidden…). */
export function MessagePage({ icon, title, body }: { icon: ReactNode; title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ alignItems: 'center', textAlign: 'center', py: 10, px: 2 }}>
      {icon}
      <Typography variant="h1">{title}</Typography>
      <Typography color="text.secondary">{body}</Typography>
      <Button component={Link} to="/" variant="outlined">
        {t('pages.goHome')}
      </Button>
    </Stack>
  );
}
