import LockOutlined from '@mui/icons-material/LockOutlined';
import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <MessagePage icon={<LockOutlined color="disabled" sx={{ fontSize: 56 }} />} title={t('pages.forbiddenTitle')} body={t('pages.forbiddenBody')} />;
}
