import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../api/types';

const COLORS = { admin: 'primary', supervisor: 'secondary', user: 'default' } as const;

export function ProfileChip({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  return <Chip size="small" color={COLORS[profile]} variant={profile === 'user' ? 'outlined' : 'filled'} label={t(`profiles.${profile}`)} />;
}
