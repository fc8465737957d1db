import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { Reaction } from '../messagesApi';

/** Emoji chips under a bubble, one per emoji with how many reacted with it. */
export function Reactions({ reactions, mine }: { reactions: Reaction[]; mine: boolean }) {
  const { t } = useTranslation();
  if (reactions.length === 0) return null;
  const counts = new Map<string, number>();
  for (const r of reactions) counts.set(r.emoji, (counts.get(r.emoji) ?? 0) + 1);
  return (
    <Stack
      role="list"
      aria-label={t('chat.reactions')}
      direction="row"
      spacing={0.5}
      sx={{ mt: -0.5, mb: 0.5, px: 1, justifyContent: mine ? 'flex-end' : 'flex-start', position: 'relative', zIndex: 1 }}
    >
      {[...counts].map(([emoji, count]) => (
        <Chip
          key={emoji}
          role="listitem"
          size="small"
          aria-label={t('chat.reaction', { emoji, count })}
          label={count > 1 ? `${emoji} ${count}` : emoji}
          sx={{ height: 22, bgcolor: 'background.paper', boxShadow: 1, '& .MuiChip-label': { px: 0.75 } }}
        />
      ))}
    </Stack>
  );
}
