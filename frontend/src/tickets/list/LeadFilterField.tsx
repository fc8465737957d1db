import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { LeadBucket } from '@atende/contract';
import { useTranslation } from 'react-i18next';
import { LEAD_BUCKETS } from '../../contacts/LeadChip';

/** The inbox's lead filter: tickets whose contact is hot, warm or cold (unscored contacts are in none). */
export function LeadFilterField({ value, onChange }: { value: LeadBucket | undefined; onChange(lead: LeadBucket | undefined): void }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={t('lead.filter')}
      value={value ?? ''}
      onChange={(event) => onChange(LEAD_BUCKETS.find((bucket) => bucket === event.target.value))}
    >
      <MenuItem value="">{t('inbox.filters.any')}</MenuItem>
      {LEAD_BUCKETS.map((bucket) => (
        <MenuItem key={bucket} value={bucket}>
          {t(`lead.bucket.${bucket}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
