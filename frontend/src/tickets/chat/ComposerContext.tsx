import Close from '@mui/icons-material/Close';
import Edit from '@mui/icons-material/EditOutlined';
import Reply from '@mui/icons-material/Reply';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Message } from '../messagesApi';
import { quoteAuthor, quoteText } from './quoteText';

interface ComposerContextProps {
  mode: 'reply' | 'edit';
  message: Message;
  contactName?: string;
  onCancel(): void;
}

/** The bar above the text box saying what the next Enter does: answer this message, or change it. */
export function ComposerContext({ mode, message, contactName, onCancel }: ComposerContextProps) {
  const { t } = useTranslation();
  const title = mode === 'reply' ? t('chat.replyingTo', { who: quoteAuthor(t, message, contactName) }) : t('chat.editing');
  return (
    <Stack
      role="status"
      direction="row"
      spacing={1}
      sx={{
        alignItems: 'center',
        mb: 1,
        pl: 1,
        borderLeft: 4,
        borderColor: mode === 'reply' ? 'secondary.main' : 'warning.main',
        bgcolor: 'action.hover',
        borderRadius: 1,
      }}
    >
      {mode === 'reply' ? <Reply fontSize="small" color="action" /> : <Edit fontSize="small" color="action" />}
      <Box sx={{ minWidth: 0, flex: 1, py: 0.5 }}>
        <Typography variant="caption" sx={{ fontWeight: 600, display: 'block' }}>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" noWrap>
          {quoteText(t, message)}
        </Typography>
      </Box>
      <IconButton size="small" aria-label={mode === 'reply' ? t('chat.cancelReply') : t('chat.cancelEdit')} onClick={onCancel}>
        <Close fontSize="small" />
      </IconButton>
    </Stack>
  );
}
