import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { TagRef } from './contactTypes';

/** A contact's tags as small chips in their own colors. */
export function TagChips({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {tags.map((tag) => (
        <Chip key={tag.id} size="small" label={tag.name} sx={{ bgcolor: tag.color, color: (theme) => theme.palette.getContrastText(tag.color) }} />
      ))}
    </Stack>
  );
}
