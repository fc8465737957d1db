import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

// Scaffold: the screen is being built in this session (issue 5).
export function CompaniesPage() {
  const { t } = useTranslation();
  return <Typography variant="h1">{t('companies.title')}</Typography>;
}
