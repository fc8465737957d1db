import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { TagRef } from '../../contacts/contactTypes';
import { useTags } from '../list/inboxLookups';

interface TagPickerProps {
  label: string;
  value: TagRef[];
  disabled?: boolean;
  onChange(tags: TagRef[]): void;
}

/** Tags as colored chips, picked from the company's list; every change is saved by the caller at once. */
export function TagPicker({ label, value, disabled, onChange }: TagPickerProps) {
  const { t } = useTranslation();
  const tags = useTags();
  return (
    <Autocomplete
      multiple
      size="small"
      options={tags.data ?? []}
      value={value}
      disabled={disabled}
      loading={tags.isPending}
      loadingText={t('app.loading')}
      noOptionsText={t('inbox.contact.noTags')}
      getOptionLabel={(tag) => tag.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, next) => onChange(next)}
      renderValue={(selected, getItemProps) =>
        selected.map((tag, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              size="small"
              label={tag.name}
              sx={{ bgcolor: tag.color, color: (theme) => theme.palette.getContrastText(tag.color) }}
              {...itemProps}
            />
          );
        })
      }
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );
}
