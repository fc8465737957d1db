import AttachFile from '@mui/icons-material/AttachFile';
import Close from '@mui/icons-material/Close';
import Send from '@mui/icons-material/Send';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ComposerProps {
  disabled?: boolean;
  /** Rejects when the server refused the message: the composer then gives the text back, so nothing is lost. */
  onSend(input: { text: string; file: File | null }): Promise<void>;
}

/** Enter sends, Shift+Enter breaks the line; a file goes with the text as its caption. */
export function Composer({ disabled, onSend }: ComposerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const canSend = !disabled && !sending && (text.trim() !== '' || file !== null);
  // The box empties at once (the attendant moves on); on failure the text and file come back.
  const send = async () => {
    if (!canSend) return;
    const input = { text: file ? text : text.trim(), file };
    setSending(true);
    setText('');
    setFile(null);
    try {
      await onSend(input);
    } catch {
      // The caller reported the error; restore unless something new was typed meanwhile.
      setText((current) => (current === '' ? text : current));
      setFile((current) => current ?? file);
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // isComposing: Enter that confirms an IME composition (accents on some keyboards) must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <Box sx={{ borderTop: 1, borderColor: 'divider', p: 1, bgcolor: 'background.paper' }}>
      {file ? (
        <Chip
          label={file.name}
          onDelete={() => setFile(null)}
          deleteIcon={<Close aria-label={t('tickets.removeAttachment')} />}
          sx={{ mb: 1, maxWidth: '100%' }}
        />
      ) : null}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-end' }}>
        <input
          ref={fileInput}
          type="file"
          hidden
          aria-label={t('tickets.attachFile')}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            event.target.value = '';
          }}
        />
        <Tooltip title={t('tickets.attach')}>
          <span>
            <IconButton aria-label={t('tickets.attach')} onClick={() => fileInput.current?.click()} disabled={disabled}>
              <AttachFile />
            </IconButton>
          </span>
        </Tooltip>
        <InputBase
          multiline
          maxRows={6}
          fullWidth
          value={text}
          disabled={disabled}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={disabled ? t('tickets.composerDisabled') : t('tickets.composerPlaceholder')}
          inputProps={{ 'aria-label': t('tickets.composerLabel') }}
          sx={{ px: 1.5, py: 1, borderRadius: 3, bgcolor: 'action.hover' }}
        />
        <Tooltip title={t('tickets.send')}>
          <span>
            <IconButton aria-label={t('tickets.send')} color="primary" onClick={() => void send()} disabled={!canSend}>
              <Send />
            </IconButton>
          </span>
        </Tooltip>
      </Stack>
    </Box>
  );
}
