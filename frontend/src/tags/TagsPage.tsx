import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

// Scaffold: the screen is being built in this session (issue 5).
export function TagsPage() {
  const { t } = useTranslation();
  return <Typography variant="h1">{t('tags.title')}</Typography>;
}
