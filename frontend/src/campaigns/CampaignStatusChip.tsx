import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from './campaignsApi';

const COLORS: Record<CampaignStatus, ChipProps['color']> = {
  draft: 'default',
  scheduled: 'info',
  running: 'primary',
  paused: 'warning',
  finished: 'success',
  cancelled: 'error',
};

/** A campaign's status as a coloured chip: filled while it is alive (scheduled, sending, paused), outlined once it is over or not started. */
export function CampaignStatusChip({ status, size = 'small' }: { status: CampaignStatus; size?: ChipProps['size'] }) {
  const { t } = useTranslation();
  const alive = status === 'scheduled' || status === 'running' || status === 'paused';
  return <Chip size={size} color={COLORS[status]} variant={alive ? 'filled' : 'outlined'} label={t(`campaigns.statusOf.${status}`)} />;
}
