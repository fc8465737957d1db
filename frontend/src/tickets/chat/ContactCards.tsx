import ContentCopy from '@mui/icons-material/ContentCopy';
import Person from '@mui/icons-material/PersonOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../common/FeedbackContext';
import type { ContactCard } from '../messagesApi';

/** vCards the customer shared: name and numbers, each number one click from the clipboard. */
export function ContactCards({ cards }: { cards: ContactCard[] }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const copy = (number: string) => {
    void navigator.clipboard?.writeText(number).then(
      () => notify(t('chat.copied'), 'success'),
      () => undefined,
    );
  };
  return (
    <Stack spacing={1} sx={{ minWidth: 200, maxWidth: 320 }}>
      {cards.map((card, index) => (
        <Stack key={`${card.name}-${index}`} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} aria-label={t('chat.contactCard')} role="group">
          <Avatar sx={{ width: 32, height: 32 }}>
            <Person fontSize="small" />
          </Avatar>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {card.name}
            </Typography>
            {card.numbers.map((number) => (
              <Stack key={number} direction="row" sx={{ alignItems: 'center' }}>
                <Typography variant="body2" color="text.secondary">
                  {number}
                </Typography>
                <IconButton size="small" aria-label={t('chat.copyNumber', { number })} onClick={() => copy(number)}>
                  <ContentCopy sx={{ fontSize: 16 }} />
                </IconButton>
              </Stack>
            ))}
          </Box>
        </Stack>
      ))}
    </Stack>
  );
}
