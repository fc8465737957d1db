import SearchOff from '@mui/icons-material/SearchOff';
import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <MessagePage icon={<SearchOff color="disabled" sx={{ fontSize: 56 }} />} title={t('pages.notFoundTitle')} body={t('pages.notFoundBody')} />;
}
