import AttachFile from '@mui/icons-material/AttachFile';
import Close from '@mui/icons-material/Close';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickReplyMediaThumb } from '../tickets/chat/QuickReplyMediaThumb';
import type { QuickReply, QuickReplyFileChange } from './quickRepliesApi';

// What a shortcut may carry: images, PDFs and audio (the server judges the bytes; this only guides the picker).
const ACCEPT = 'image/*,application/pdf,audio/*';

/**
 * The reply's one file: the one it has (a thumbnail or an icon, and its name), or the one picked to replace it;
 * uploaded when the form is saved. Sent from the chat, the file goes with the text as its caption.
 */
export function QuickReplyFileField({
  reply,
  change,
  onChange,
}: {
  reply: QuickReply | null;
  change: QuickReplyFileChange;
  onChange(change: QuickReplyFileChange): void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const current = change.kind === 'keep' ? (reply?.media ?? null) : null;
  const name = change.kind === 'set' ? change.file.name : current?.fileName;
  return (
    <Stack spacing={0.5}>
      <input
        ref={input}
        type="file"
        hidden
        accept={ACCEPT}
        aria-label={t('quickReplies.file.input')}
        onChange={(event) => {
          const picked = event.target.files?.[0];
          if (picked) onChange({ kind: 'set', file: picked });
          event.target.value = '';
        }}
      />
      {name ? (
        <Stack direction="row" spacing={1} role="group" aria-label={t('quickReplies.file.label')} sx={{ alignItems: 'center' }}>
          {current && reply ? <QuickReplyMediaThumb id={reply.id} media={current} size={48} /> : <AttachFile color="action" aria-hidden />}
          <Typography variant="body2" noWrap title={name} sx={{ minWidth: 0 }}>
            {name}
          </Typography>
          <IconButton
            size="small"
            aria-label={t('quickReplies.file.remove', { name })}
            onClick={() => onChange(reply?.media ? { kind: 'remove' } : { kind: 'keep' })}
          >
            <Close fontSize="small" />
          </IconButton>
        </Stack>
      ) : null}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button size="small" startIcon={<AttachFile />} onClick={() => input.current?.click()}>
          {name ? t('quickReplies.file.replace') : t('quickReplies.file.attach')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {t('quickReplies.file.help')}
        </Typography>
      </Stack>
    </Stack>
  );
}
