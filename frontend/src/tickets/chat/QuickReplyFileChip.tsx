import Close from '@mui/icons-material/Close';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { QuickReplyMedia } from '@atende/contract';
import { useTranslation } from 'react-i18next';
import type { QuickReplyOption } from './quickRepliesApi';
import { QuickReplyMediaThumb } from './QuickReplyMediaThumb';

/** The file of the quick reply just picked, waiting above the box: it goes with the text, or is taken off. */
export function QuickReplyFileChip({ option, media, onRemove }: { option: QuickReplyOption; media: QuickReplyMedia; onRemove(): void }) {
  const { t } = useTranslation();
  return (
    <Stack
      role="group"
      aria-label={t('chat.quickReplies.fileOf', { shortcut: option.shortcut })}
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', p: 0.5, mb: 1, borderRadius: 1, bgcolor: 'action.hover', width: 'fit-content', maxWidth: '100%' }}
    >
      <QuickReplyMediaThumb id={option.id} media={media} size={48} />
      <Typography variant="body2" noWrap title={media.fileName} sx={{ maxWidth: 220 }}>
        {media.fileName}
      </Typography>
      <IconButton size="small" aria-label={t('chat.attachments.remove', { name: media.fileName })} onClick={onRemove}>
        <Close fontSize="small" />
      </IconButton>
    </Stack>
  );
}
