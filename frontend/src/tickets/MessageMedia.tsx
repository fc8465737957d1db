import Description from '@mui/icons-material/DescriptionOutlined';
import Download from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageViewer } from './chat/ImageViewer';
import { MediaStatusNotice } from './chat/MediaStatusNotice';
import { VoiceTranscript } from './assist/VoiceTranscript';
import { formatBytes } from './chat/messageRules';
import type { Message } from './messagesApi';
import { useMediaUrl } from './useMediaUrl';

// Fixed boxes: a picture that loads late must not push the conversation (and the reader's place) around.
const THUMB = { width: 260, height: 200 };
const STICKER = 128;

/** Images, stickers, audio, video and documents of one message, and the state of a file not yet here. */
export function MessageMedia({ message }: { message: Message }) {
  const { t } = useTranslation();
  const ready = message.hasMedia && !message.isDeleted;
  const { url, isError, isPending } = useMediaUrl(message.id, ready);
  if (!ready) return message.mediaStatus === 'pending' || message.mediaStatus === 'failed' ? <MediaStatusNotice message={message} /> : null;
  if (isError)
    return (
      <Typography variant="body2" color="text.secondary">
        {t('tickets.mediaUnavailable')}
      </Typography>
    );
  const type = message.mediaType;
  // A document shows its name and size at once; only the download waits for the file.
  if (type === 'document') return <DocumentFile url={url} message={message} />;
  if (isPending || !url) {
    const height = type === 'audio' || type === 'voice' ? 40 : type === 'sticker' ? STICKER : THUMB.height;
    return <Skeleton variant="rounded" width={type === 'sticker' ? STICKER : 240} height={height} />;
  }
  switch (type) {
    case 'image':
      return <ImageThumb url={url} message={message} />;
    case 'sticker':
      return <Box component="img" src={url} alt={t('chat.sticker')} sx={{ display: 'block', width: STICKER, height: STICKER, objectFit: 'contain' }} />;
    case 'audio':
    case 'voice':
      // Native controls: keyboard and screen readers work, and the browser tests can play it.
      return (
        <>
          <audio controls preload="metadata" src={url} aria-label={t('tickets.audioLabel')} style={{ display: 'block', width: 280, height: 40 }} />
          <VoiceTranscript transcript={message.transcript} />
        </>
      );
    case 'video':
      return (
        <video
          controls
          preload="metadata"
          src={url}
          aria-label={t('tickets.videoLabel')}
          style={{ display: 'block', width: 280, height: 180, borderRadius: 4, background: '#000' }}
        />
      );
    default:
      return <DocumentFile url={url} message={message} />; // any other file type the backend keeps
  }
}

function ImageThumb({ url, message }: { url: string; message: Message }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const alt = message.fromMe ? t('chat.sentImage') : t('tickets.imageAlt');
  return (
    <>
      <ButtonBase onClick={() => setOpen(true)} aria-label={t('chat.openImage')} sx={{ display: 'block', borderRadius: 1, overflow: 'hidden', ...THUMB }}>
        <Box component="img" src={url} alt={alt} sx={{ display: 'block', width: '100%', height: '100%', objectFit: 'cover' }} />
      </ButtonBase>
      <ImageViewer open={open} url={url} alt={alt} fileName={message.fileName ?? `imagem-${message.id}`} onClose={() => setOpen(false)} />
    </>
  );
}

function DocumentFile({ url, message }: { url: string | null; message: Message }) {
  const { t, i18n } = useTranslation();
  const name = message.fileName || message.body || t('chat.documentFallback');
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0, maxWidth: 320, p: 1, borderRadius: 1, bgcolor: 'action.hover' }}>
      <Description color="action" />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography variant="body2" noWrap title={name}>
          {name}
        </Typography>
        {message.mediaSize !== null ? (
          <Typography variant="caption" color="text.secondary">
            {formatBytes(message.mediaSize, i18n.language)}
          </Typography>
        ) : null}
      </Box>
      {url ? (
        <IconButton component="a" href={url} download={name} aria-label={t('chat.download', { name })} size="small">
          <Download fontSize="small" />
        </IconButton>
      ) : (
        <IconButton aria-label={t('chat.download', { name })} size="small" disabled>
          <Download fontSize="small" />
        </IconButton>
      )}
    </Stack>
  );
}
