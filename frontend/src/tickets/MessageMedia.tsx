import Description from '@mui/icons-material/DescriptionOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Message } from './messagesApi';
import { useMediaUrl } from './useMediaUrl';

/** Images, stickers, audio, video and documents of one message. */
export function MessageMedia({ message }: { message: Message }) {
  const { t } = useTranslation();
  const { url, isError, isPending } = useMediaUrl(message.id, message.hasMedia && !message.isDeleted);
  if (isError) return <Typography variant="body2" color="text.secondary">{t('tickets.mediaUnavailable')}</Typography>;
  if (isPending || !url) return <Skeleton variant="rounded" width={220} height={message.mediaType === 'audio' || message.mediaType === 'voice' ? 40 : 160} />;
  switch (message.mediaType) {
    case 'image':
    case 'sticker':
      return (
        <Link href={url} target="_blank" rel="noreferrer">
          <Box component="img" src={url} alt={t('tickets.imageAlt')} sx={{ display: 'block', maxWidth: 280, maxHeight: 320, borderRadius: 1 }} />
        </Link>
      );
    case 'audio':
    case 'voice':
      return <audio controls src={url} aria-label={t('tickets.audioLabel')} style={{ maxWidth: 280 }} />;
    case 'video':
      return <video controls src={url} aria-label={t('tickets.videoLabel')} style={{ maxWidth: 280, borderRadius: 4 }} />;
    default:
      return (
        <Link href={url} download={message.body || undefined} sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
          <Description fontSize="small" />
          {t('tickets.downloadDocument')}
        </Link>
      );
  }
}
