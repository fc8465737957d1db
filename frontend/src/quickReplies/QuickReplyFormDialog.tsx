import { zodResolver } from '@hookform/resolvers/zod';
import InputAdornment from '@mui/material/InputAdornment';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { useChanged } from '../common/useChanged';
import { FormOptionalSelect } from '../common/form/FormOptionalSelect';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import type { Queue } from '../queues/queueTypes';
import { QuickReplyPreview } from './QuickReplyPreview';
import type { QuickReply, QuickReplyFileChange, QuickReplyInput } from './quickRepliesApi';
import { QuickReplyFileField } from './QuickReplyFileField';
import { MESSAGE_MAX, SHORTCUT_MAX, quickReplySchema, type QuickReplyFormOutput, type QuickReplyFormValues } from './quickReplySchema';
import { VariableButtons } from './VariableButtons';

interface QuickReplyFormDialogProps {
  open: boolean;
  reply: QuickReply | null;
  queues: Queue[];
  onClose(): void;
  onSubmit(input: QuickReplyInput, file: QuickReplyFileChange): Promise<void>;
}

const EMPTY: QuickReplyFormValues = { shortcut: '', message: '', queueId: '' };

export function QuickReplyFormDialog({ open, reply, queues, onClose, onSubmit }: QuickReplyFormDialogProps) {
  const { t } = useTranslation();
  const messageRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const { control, handleSubmit, reset, setError, setValue, getValues, formState } = useForm<QuickReplyFormValues, unknown, QuickReplyFormOutput>({
    resolver: zodResolver(quickReplySchema),
    defaultValues: EMPTY,
  });
  const { isSubmitting } = formState;
  const [file, setFile] = useState<QuickReplyFileChange>({ kind: 'keep' });
  // Opening (or another reply while open) forgets the file picked last time, in the render that shows it.
  const openChanged = useChanged(open);
  const replyChanged = useChanged(reply);
  if (open && (openChanged || replyChanged) && file.kind !== 'keep') setFile({ kind: 'keep' });
  const { saveError, clearSaveError, save } = useSaveError(setError, { ERR_QUICK_REPLY_SHORTCUT_IN_USE: 'shortcut' });

  useEffect(() => {
    if (!open) return;
    reset(reply ? { shortcut: reply.shortcut, message: reply.message, queueId: reply.queueId === null ? '' : String(reply.queueId) } : EMPTY);
    clearSaveError();
  }, [open, reply, reset, clearSaveError]);

  const submit = handleSubmit((values) =>
    save(() => onSubmit({ shortcut: values.shortcut, message: values.message, queueId: values.queueId === '' ? null : Number(values.queueId) }, file)),
  );

  /** Puts the variable where the cursor is (or at the end), then puts the cursor right after it. */
  const insert = (token: string) => {
    const text = getValues('message');
    const field = messageRef.current;
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    setValue('message', text.slice(0, start) + token + text.slice(end), { shouldDirty: true });
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <FormDialog
      open={open}
      title={reply ? t('quickReplies.editTitle') : t('quickReplies.createTitle')}
      submitting={isSubmitting}
      editing={reply !== null}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
    >
      <FormTextField
        control={control}
        name="shortcut"
        label={t('quickReplies.shortcut')}
        limits={{ max: SHORTCUT_MAX }}
        help={t('quickReplies.shortcutHint', { example: 'boleto' })}
        required
        autoFocus
        autoComplete="off"
        slotProps={{
          input: { startAdornment: <InputAdornment position="start">/</InputAdornment> },
          htmlInput: { spellCheck: false, autoCapitalize: 'none' },
        }}
      />
      <FormTextField
        control={control}
        name="message"
        label={t('quickReplies.message')}
        limits={{ max: MESSAGE_MAX }}
        inputRef={messageRef}
        required
        multiline
        minRows={4}
      />
      <VariableButtons onInsert={insert} />
      <QuickReplyFileField reply={reply} change={file} onChange={setFile} />
      <FormOptionalSelect control={control} name="queueId" label={t('quickReplies.scope')} noneLabel={t('quickReplies.companyWide')} choices={queues} />
      {reply ? <QuickReplyPreview reply={reply} /> : null}
    </FormDialog>
  );
}
