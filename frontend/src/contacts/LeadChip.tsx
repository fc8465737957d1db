import Chip from '@mui/material/Chip';
import type { LeadBucket } from '@atende/contract';
import { useTranslation } from 'react-i18next';

// Red, orange, blue: how close to buying, at a glance. The palette's error/warning/info colors, so the chip
// follows the theme and keeps its contrast.
const COLOR = { hot: 'error', warm: 'warning', cold: 'info' } as const satisfies Record<LeadBucket, string>;

export const LEAD_BUCKETS = Object.keys(COLOR) as LeadBucket[];

/** The contact's lead bucket and score ("Quente 85", its title says it in full); nothing for a contact nobody has scored. */
export function LeadChip({ contact }: { contact: { leadScore: number | null; leadBucket: LeadBucket | null } }) {
  const { t } = useTranslation();
  const { leadScore: score, leadBucket: bucket } = contact;
  if (!bucket || score === null) return null;
  const name = t(`lead.bucket.${bucket}`);
  return (
    <Chip
      size="small"
      color={COLOR[bucket]}
      label={`${name} ${score}`}
      title={t('lead.chipLabel', { bucket: name, score })}
      sx={{ height: 20, fontSize: 12, fontWeight: 600, flexShrink: 0, '& .MuiChip-label': { px: 0.75 } }}
    />
  );
}
