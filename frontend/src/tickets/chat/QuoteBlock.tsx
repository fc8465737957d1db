import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Message } from '../messagesApi';
import { quoteAuthor, quoteText } from './quoteText';

interface QuoteBlockProps {
  /** The quoted message when its page is loaded; otherwise a placeholder that still jumps (loading older pages). */
  quoted: Message | undefined;
  contactName?: string;
  onJump?(): void;
}

/** The message being answered, inside the answer's bubble; clicking it goes to the original. */
export function QuoteBlock({ quoted, contactName, onJump }: QuoteBlockProps) {
  const { t } = useTranslation();
  const author = quoted ? quoteAuthor(t, quoted, contactName) : t('chat.quote.label');
  const text = quoted ? quoteText(t, quoted) : t('chat.quote.unknown');
  return (
    <ButtonBase
      onClick={onJump}
      disabled={!onJump}
      aria-label={`${t('chat.quote.jump')}: ${author} — ${text}`}
      sx={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        mb: 0.5,
        borderRadius: 1,
        borderLeft: 4,
        borderColor: quoted?.fromMe ? 'success.main' : 'secondary.main',
        bgcolor: 'action.hover',
        px: 1,
        py: 0.5,
      }}
    >
      <Typography variant="caption" sx={{ fontWeight: 600, color: quoted?.fromMe ? 'success.main' : 'secondary.main', display: 'block' }}>
        {author}
      </Typography>
      <Box sx={{ overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }}>
        <Typography variant="body2" color="text.secondary" component="span">
          {text}
        </Typography>
      </Box>
    </ButtonBase>
  );
}
