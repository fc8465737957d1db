import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { QuickReplyMediaThumb } from './QuickReplyMediaThumb';
import type { QuickReplyOption } from './quickRepliesApi';

interface QuickReplyMenuProps {
  id: string;
  options: QuickReplyOption[];
  loading: boolean;
  active: number;
  onPick(option: QuickReplyOption): void;
}

/** The list that opens above the composer on "/": the text box keeps focus, arrows move `active`. */
export function QuickReplyMenu({ id, options, loading, active, onPick }: QuickReplyMenuProps) {
  const { t } = useTranslation();
  return (
    // Over the conversation, not pushing it: the composer below keeps its place while the list is open.
    <Paper elevation={4} sx={{ position: 'absolute', bottom: '100%', left: 8, right: 8, zIndex: 3, maxHeight: 240, overflowY: 'auto' }}>
      {options.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }} role="status">
          {loading ? t('chat.quickReplies.loading') : t('chat.quickReplies.empty')}
        </Typography>
      ) : null}
      <List id={id} role="listbox" aria-label={t('chat.quickReplies.label')} dense disablePadding>
        {options.map((option, index) => (
          <ListItemButton
            key={option.id}
            id={`${id}-${option.id}`}
            role="option"
            aria-selected={index === active}
            selected={index === active}
            // mousedown, not click: the text box must not lose focus (and close the list) first.
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(option);
            }}
          >
            {option.media ? (
              <Box sx={{ mr: 1.5, display: 'flex' }}>
                <QuickReplyMediaThumb id={option.id} media={option.media} />
              </Box>
            ) : null}
            <ListItemText
              primary={`/${option.shortcut}`}
              secondary={option.media ? `📎 ${option.media.fileName} · ${option.message}` : option.message}
              slotProps={{ primary: { sx: { fontWeight: 600 } }, secondary: { noWrap: true } }}
            />
          </ListItemButton>
        ))}
      </List>
    </Paper>
  );
}
