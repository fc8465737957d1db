import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { TagRef } from './contactTypes';
import { useTagOptions } from './contactsQuery';

interface TagsSelectProps {
  value: number[];
  onChange(tagIds: number[]): void;
  /** Tags already on the contact: shown even before the list arrives. */
  known: TagRef[];
}

/** Multi-select of the company's tags; the value is their ids. */
export function TagsSelect({ value, onChange, known }: TagsSelectProps) {
  const { t } = useTranslation();
  const options = useTagOptions(true);
  const all = new Map<number, TagRef>([...known, ...(options.data ?? [])].map((tag) => [tag.id, tag]));
  const selected = value.map((id) => all.get(id)).filter((tag): tag is TagRef => tag !== undefined);

  return (
    <Autocomplete
      multiple
      options={options.data ?? []}
      value={selected}
      loading={options.isPending}
      loadingText={t('app.loading')}
      noOptionsText={t('contacts.noTags')}
      openText={t('contacts.showTags')}
      closeText={t('common.close')}
      clearText={t('contacts.clearTags')}
      getOptionLabel={(tag) => tag.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_event, tags) => onChange(tags.map((tag) => tag.id))}
      renderValue={(tags, getItemProps) =>
        tags.map((tag, index) => {
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
      renderInput={(params) => <TextField {...params} label={t('contacts.tags')} />}
    />
  );
}
