import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

// Scaffold: the screen is being built in this session (issue 5).
export function ContactsPage() {
  const { t } = useTranslation();
  return <Typography variant="h1">{t('contacts.title')}</Typography>;
}
