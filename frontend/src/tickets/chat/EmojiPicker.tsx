import EmojiEmotions from '@mui/icons-material/EmojiEmotionsOutlined';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMOJI, EMOJI_CATEGORIES, searchEmoji, type EmojiCategory } from './emojiData';

/** A button that opens a small emoji panel: categories as tabs, a search by name; stays open for several picks. */
export function EmojiPicker({ disabled, onPick }: { disabled?: boolean; onPick(emoji: string): void }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [category, setCategory] = useState<EmojiCategory>('smileys');
  const [search, setSearch] = useState('');
  const shown = search.trim() ? searchEmoji(search) : EMOJI[category];
  return (
    <>
      <Tooltip title={t('chat.emoji.open')}>
        <span>
          <IconButton aria-label={t('chat.emoji.open')} aria-haspopup="dialog" onClick={(e) => setAnchor(e.currentTarget)} disabled={disabled}>
            <EmojiEmotions />
          </IconButton>
        </span>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'top', horizontal: 'left' }}
        transformOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': t('chat.emoji.open'), sx: { width: 'min(340px, calc(100vw - 16px))' } } }}
      >
        <Box sx={{ p: 1 }}>
          <TextField size="small" fullWidth autoFocus label={t('chat.emoji.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
        </Box>
        {search.trim() ? null : (
          <Tabs
            value={category}
            onChange={(_e, value: EmojiCategory) => setCategory(value)}
            variant="scrollable"
            aria-label={t('chat.emoji.categoriesLabel')}
            sx={{ minHeight: 40, '& .MuiTab-root': { minWidth: 44, minHeight: 40, px: 1, fontSize: 20 } }}
          >
            {EMOJI_CATEGORIES.map((c) => (
              <Tab key={c} value={c} label={EMOJI[c][0]!.char} aria-label={t(`chat.emoji.categories.${c}`)} />
            ))}
          </Tabs>
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(40px, 1fr))', p: 1, height: 220, overflowY: 'auto', alignContent: 'start' }}>
          {shown.map((emoji) => (
            <ButtonBase
              key={emoji.char}
              onClick={() => onPick(emoji.char)}
              title={emoji.words.split(' ')[0]}
              sx={{ fontSize: 24, height: 40, borderRadius: 1, '&:hover, &:focus-visible': { bgcolor: 'action.hover' } }}
            >
              {emoji.char}
            </ButtonBase>
          ))}
          {shown.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ gridColumn: '1 / -1', p: 1 }}>
              {t('chat.emoji.none')}
            </Typography>
          ) : null}
        </Box>
      </Popover>
    </>
  );
}
