import { zodResolver } from '@hookform/resolvers/zod';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormDialog } from '../common/FormDialog';
import { FormOptionalSelect } from '../common/form/FormOptionalSelect';
import { FormTextField } from '../common/form/FormTextField';
import type { NamedChoice } from '../common/OptionalSelect';
import { useSaveError } from '../common/useSaveError';
import type { OptionFields } from './useQueueOptions';

export const OPTION_TITLE_MAX = 80;
export const OPTION_MESSAGE_MAX = 4096;

export type Target = NamedChoice;

const optionSchema = z.object({
  title: z.string().trim().min(1, 'validation.required'),
  message: z.string(),
  /** Ids as the selects hold them: "" is this queue / any attendant. */
  targetQueue: z.string(),
  targetUser: z.string(),
});
type OptionFormValues = z.input<typeof optionSchema>;

const idOrNull = (value: string) => (value === '' ? null : Number(value));
const asValue = (id: number | null | undefined) => (id == null ? '' : String(id));

function formValuesOf(initial: OptionFields | null): OptionFormValues {
  return {
    title: initial?.title ?? '',
    message: initial?.message ?? '',
    targetQueue: asValue(initial?.targetQueueId),
    targetUser: asValue(initial?.targetUserId),
  };
}

interface OptionFormDialogProps {
  open: boolean;
  title: string;
  /** The option's current text when editing; blank when adding one. */
  initial: OptionFields | null;
  /** The queue whose menu this is, and where else a leaf option may file the ticket. */
  queueId: number;
  queues: Target[];
  users: Target[];
  onClose(): void;
  onSubmit(fields: OptionFields): Promise<void>;
}

/** Title and message of one menu option; server refusals (a loop, a vanished parent) show on top. */
export function OptionFormDialog({ open, title, initial, queueId, queues, users, onClose, onSubmit }: OptionFormDialogProps) {
  const { t } = useTranslation();
  const { control, handleSubmit, reset, setError, formState } = useForm<OptionFormValues>({
    resolver: zodResolver(optionSchema),
    defaultValues: formValuesOf(null),
  });
  const { saveError, clearSaveError, save } = useSaveError(setError, {});

  useEffect(() => {
    if (!open) return;
    reset(formValuesOf(initial));
    clearSaveError();
  }, [open, initial, reset, clearSaveError]);

  const submit = handleSubmit((values) =>
    save(() =>
      onSubmit({
        title: values.title.trim(),
        message: values.message.trim() === '' ? null : values.message.trim(),
        targetQueueId: idOrNull(values.targetQueue),
        targetUserId: idOrNull(values.targetUser),
      }),
    ),
  );

  return (
    <FormDialog
      open={open}
      title={title}
      submitting={formState.isSubmitting}
      submitLabel={t('common.save')}
      onClose={onClose}
      onSubmit={(event) => {
        event.stopPropagation(); // this form sits inside the menu dialog; keep the submit here
        void submit(event);
      }}
      error={saveError}
    >
      <FormTextField
        control={control}
        name="title"
        label={t('queues.options.optionTitle')}
        help={t('queues.options.optionTitleHint')}
        required
        autoFocus
        autoComplete="off"
        slotProps={{ htmlInput: { maxLength: OPTION_TITLE_MAX } }}
      />
      <FormTextField
        control={control}
        name="message"
        label={t('queues.options.optionMessage')}
        help={t('queues.options.optionMessageHint')}
        multiline
        minRows={3}
        slotProps={{ htmlInput: { maxLength: OPTION_MESSAGE_MAX } }}
      />
      <Typography variant="body2" color="text.secondary">
        {t('queues.options.routing')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormOptionalSelect
          control={control}
          name="targetQueue"
          label={t('queues.options.targetQueue')}
          noneLabel={t('queues.options.thisQueue', { name: queues.find((q) => q.id === queueId)?.name ?? '' })}
          choices={queues.filter((q) => q.id !== queueId)}
        />
        <FormOptionalSelect
          control={control}
          name="targetUser"
          label={t('queues.options.targetUser')}
          noneLabel={t('queues.options.anyAttendant')}
          choices={users}
        />
      </Stack>
    </FormDialog>
  );
}
