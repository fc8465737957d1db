import AttachFile from '@mui/icons-material/AttachFile';
import Mic from '@mui/icons-material/MicNone';
import Send from '@mui/icons-material/Send';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useEffect, useImperativeHandle, useRef, useState, type ClipboardEvent, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { AiAssistMenu } from './assist/AiAssistMenu';
import { useChanged } from '../common/useChanged';
import { AttachmentPreview } from './chat/AttachmentPreview';
import { hasWhatsappFormatting } from './chat/whatsappFormat';
import { WhatsappText } from './chat/WhatsappText';
import { useTypingSignal } from './chat/useTypingSignal';
import { ComposerContext } from './chat/ComposerContext';
import { EmojiPicker } from './chat/EmojiPicker';
import { QuickReplyMenu } from './chat/QuickReplyMenu';
import { useQuickReplyPicker } from './chat/useQuickReplyPicker';
import { QuickReplyFileChip } from './chat/QuickReplyFileChip';
import type { QuickReplyOption } from './chat/quickRepliesApi';
import { useVoiceRecorder, voiceRecordingSupported } from './chat/useVoiceRecorder';
import { VoiceRecorderBar } from './chat/VoiceRecorderBar';
import type { Message } from './messagesApi';

/** A shortcut chord (Alt+↑ and the like) rather than a plain key press. */
const modified = (event: { altKey: boolean; ctrlKey: boolean; metaKey: boolean }) => event.altKey || event.ctrlKey || event.metaKey;

export interface OutgoingInput {
  text: string;
  file: File | null;
  quotedMsgId: number | null;
  /** Sent from this quick reply: the server sends its file with the text as caption. */
  quickReplyId?: number | null;
}

/** What the chat around the composer can do to it: files dropped on the conversation land here. */
export interface ComposerHandle {
  attach(files: File[]): void;
}

export interface ComposerProps {
  ticketId: number;
  queueId?: number | null;
  contactName?: string;
  disabled?: boolean;
  /** Put the cursor in the box when it appears. */
  autoFocus?: boolean;
  replyTo?: Message | null;
  editing?: Message | null;
  onCancelReply?(): void;
  onCancelEdit?(): void;
  /** Rejects when the server refused the message: the composer then gives the text back, so nothing is lost. */
  onSend(input: OutgoingInput): Promise<void>;
  /** Rejects when the edit was refused; the text stays for another try. */
  onEdit?(message: Message, text: string): Promise<void>;
  /** Up arrow in an empty box: edit the attendant's last message. */
  onEditLast?(): void;
  ref?: Ref<ComposerHandle>;
}

/** Enter sends, Shift+Enter breaks the line; files go with the text as the first one's caption. */
export function Composer(props: ComposerProps) {
  const { ticketId, queueId = null, contactName, disabled, autoFocus, replyTo, editing, onCancelReply, onCancelEdit, onSend, onEdit, onEditLast, ref } = props;
  const { t } = useTranslation();
  const { notify } = useFeedback();
  // On a phone the long hint would wrap over four lines: a single word says enough there.
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const [text, setText] = useState(() => editing?.body ?? '');
  const [files, setFiles] = useState<File[]>([]);
  const [sending, setSending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const textBox = useRef<HTMLTextAreaElement>(null);
  const recorder = useVoiceRecorder();
  // A picked quick reply with a file: it waits above the box like an attachment and goes with the text.
  const [quickFile, setQuickFile] = useState<QuickReplyOption | null>(null);
  const quick = useQuickReplyPicker({
    text,
    ticketId,
    queueId,
    onRendered: (rendered, option) => {
      setText(rendered);
      setQuickFile(option.media ? option : null);
    },
  });
  // The customer sees "digitando…" while a reply is written (not while editing, nor while picking a "/shortcut").
  useTypingSignal(ticketId, text, !editing && !disabled && !text.startsWith('/'));

  const attach = (more: File[]) => {
    if (more.length === 0 || editing) return;
    setFiles((current) => [...current, ...more]);
    textBox.current?.focus();
  };
  useImperativeHandle(ref, () => ({ attach }));

  // Starting an edit puts the message's text in the box (in the render that shows the edit) and the cursor
  // there; a reply just brings the focus back.
  if (useChanged(editing) && editing) setText(editing.body);
  useEffect(() => {
    if (editing) textBox.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (replyTo) textBox.current?.focus();
  }, [replyTo]);
  useEffect(() => {
    if (autoFocus) textBox.current?.focus();
  }, [autoFocus]);

  const busy = disabled || sending;
  const canSend = !busy && (editing ? text.trim() !== '' : text.trim() !== '' || files.length > 0 || quickFile !== null);

  const send = async () => {
    if (!canSend) return;
    if (editing) return saveEdit(editing);
    const withFile = files.length > 0 || quickFile !== null;
    const caption = withFile ? text : text.trim();
    // The quick reply's file first (its text is the caption), then the attached files.
    const queue: (File | null)[] = quickFile ? [null, ...files] : files.length > 0 ? files : [null];
    const quotedMsgId = replyTo?.id ?? null;
    const fromQuickReply = quickFile;
    setSending(true);
    setText('');
    setFiles([]);
    setQuickFile(null);
    onCancelReply?.();
    let sent = 0;
    try {
      for (const file of queue) {
        const first = sent === 0;
        await onSend({
          text: first ? caption : '',
          file,
          quotedMsgId: first ? quotedMsgId : null,
          ...(first && fromQuickReply ? { quickReplyId: fromQuickReply.id } : {}),
        });
        sent += 1;
      }
    } catch {
      // The caller reported the error; give back what did not go, unless something new was typed meanwhile.
      if (sent === 0) {
        setText((current) => (current === '' ? caption : current));
        setQuickFile(fromQuickReply);
      }
      const unsent = queue.slice(sent).filter((f): f is File => f !== null);
      setFiles((current) => [...unsent, ...current]);
    } finally {
      setSending(false);
      textBox.current?.focus();
    }
  };

  const saveEdit = async (message: Message) => {
    setSending(true);
    try {
      await onEdit?.(message, text.trim());
      setText('');
      onCancelEdit?.();
    } catch {
      // Reported by the caller; the edited text stays in the box.
    } finally {
      setSending(false);
    }
  };

  const cancelContext = () => {
    if (editing) {
      setText('');
      onCancelEdit?.();
    } else if (replyTo) onCancelReply?.();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (quick.onKeyDown(event)) return;
    if (event.key === 'Escape' && (editing || replyTo)) {
      event.preventDefault();
      cancelContext();
    } else if (event.key === 'ArrowUp' && !modified(event) && text === '' && files.length === 0 && !editing && onEditLast) {
      // Alt/Ctrl/Meta+↑ belong to the inbox's shortcuts (previous ticket), not to "edit my last message".
      event.preventDefault();
      onEditLast();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      // isComposing: Enter that confirms an IME composition (accents on some keyboards) must not send.
      event.preventDefault();
      void send();
    }
  };

  const onPaste = (event: ClipboardEvent) => {
    const pasted = Array.from(event.clipboardData.files);
    if (pasted.length === 0) return; // plain text pastes as usual
    event.preventDefault();
    attach(pasted);
  };

  const insertEmoji = (emoji: string) => {
    const box = textBox.current;
    const at = box?.selectionStart ?? text.length;
    const end = box?.selectionEnd ?? at;
    setText(text.slice(0, at) + emoji + text.slice(end));
    requestAnimationFrame(() => box?.setSelectionRange(at + emoji.length, at + emoji.length));
  };

  // The AI's draft goes into the box, after anything typed already: the attendant edits it and sends it, or not.
  const putDraft = (draft: string) => {
    setText((current) => (current.trim() ? `${current.trimEnd()}\n\n${draft}` : draft));
    textBox.current?.focus();
  };

  const sendVoice = async () => {
    let file: File;
    try {
      file = await recorder.finish();
    } catch {
      notify(t('chat.voice.failed'), 'error');
      return;
    }
    setSending(true);
    try {
      await onSend({ text: '', file, quotedMsgId: replyTo?.id ?? null });
      onCancelReply?.();
    } catch {
      // Reported by the caller; the recording stays as an attachment, to send again.
      setFiles((current) => [file, ...current]);
    } finally {
      setSending(false);
    }
  };

  const startVoice = () =>
    recorder.start().catch((error: unknown) => {
      const denied = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
      notify(denied ? t('chat.voice.micDenied') : t('chat.voice.failed'), 'error');
    });

  const recording = recorder.state !== 'idle';
  return (
    <Box sx={{ borderTop: 1, borderColor: 'divider', p: 1, bgcolor: 'background.paper', position: 'relative' }}>
      {quick.open ? <QuickReplyMenu id={quick.listId} options={quick.options} loading={quick.loading} active={quick.active} onPick={quick.pick} /> : null}
      {editing ? <ComposerContext mode="edit" message={editing} onCancel={cancelContext} /> : null}
      {replyTo && !editing ? <ComposerContext mode="reply" message={replyTo} contactName={contactName} onCancel={cancelContext} /> : null}
      {hasWhatsappFormatting(text) ? (
        // How the customer will see *bold*, _italic_… before sending (the phone renders the same markers).
        <Box
          aria-label={t('chatDetails.formatPreview')}
          role="note"
          sx={{
            mx: 1,
            mb: 1,
            px: 1.5,
            py: 0.75,
            borderRadius: 2,
            bgcolor: 'action.hover',
            typography: 'body2',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
            maxHeight: 160,
            overflowY: 'auto',
          }}
        >
          <WhatsappText text={text} />
        </Box>
      ) : null}
      {quickFile?.media ? <QuickReplyFileChip option={quickFile} media={quickFile.media} onRemove={() => setQuickFile(null)} /> : null}
      <AttachmentPreview files={files} onRemove={(file) => setFiles((current) => current.filter((f) => f !== file))} />
      <Stack direction="row" spacing={{ xs: 0, sm: 0.5 }} sx={{ alignItems: 'flex-end' }}>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          aria-label={t('tickets.attachFile')}
          onChange={(event) => {
            attach(Array.from(event.target.files ?? []));
            event.target.value = '';
          }}
        />
        {recording ? (
          <VoiceRecorderBar
            seconds={recorder.seconds}
            busy={recorder.state === 'starting' || sending}
            onCancel={recorder.cancel}
            onSend={() => void sendVoice()}
          />
        ) : (
          <>
            <EmojiPicker disabled={busy} onPick={insertEmoji} />
            {editing ? null : <AiAssistMenu ticketId={ticketId} disabled={busy} onDraft={putDraft} />}
            <Tooltip title={t('tickets.attach')}>
              <span>
                <IconButton aria-label={t('tickets.attach')} onClick={() => fileInput.current?.click()} disabled={busy || !!editing}>
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
              inputRef={textBox}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onKeyDown}
              onPaste={onPaste}
              placeholder={
                disabled
                  ? t('tickets.composerDisabled')
                  : files.length > 0
                    ? t('chat.attachments.captionPlaceholder')
                    : phone
                      ? t('chat.composerShort')
                      : t('tickets.composerPlaceholder')
              }
              inputProps={{
                'aria-label': t('tickets.composerLabel'),
                'aria-autocomplete': 'list',
                'aria-controls': quick.open ? quick.listId : undefined,
                'aria-expanded': quick.open,
                'aria-activedescendant': quick.activeId,
              }}
              sx={{ px: 1.5, py: 1, borderRadius: 3, bgcolor: 'action.hover' }}
            />
            {voiceRecordingSupported() && !editing ? (
              <Tooltip title={t('chat.voice.record')}>
                <span>
                  <IconButton aria-label={t('chat.voice.record')} onClick={() => void startVoice()} disabled={busy}>
                    <Mic />
                  </IconButton>
                </span>
              </Tooltip>
            ) : null}
            <Tooltip title={t('tickets.send')}>
              <span>
                <IconButton aria-label={t('tickets.send')} color="primary" onClick={() => void send()} disabled={!canSend}>
                  <Send />
                </IconButton>
              </span>
            </Tooltip>
          </>
        )}
      </Stack>
    </Box>
  );
}
