import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AiAgentPicker } from '../aiAgents/AiAgentPicker';
import { FormDialog } from '../common/FormDialog';
import { FormSwitch } from '../common/form/FormSwitch';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import type { Connection, ConnectionInput } from './connectionsApi';
import { ConnectionQueuesField } from './ConnectionQueuesField';

const CONNECTION_NAME_MAX = 80;

const connectionSchema = z.object({
  name: z.string().trim().min(1, 'validation.required'),
  isDefault: z.boolean(),
  greetingMessage: z.string(),
  farewellMessage: z.string(),
  aiAgentId: z.number().nullable(),
  queueIds: z.array(z.number()).optional(),
});

interface ConnectionFormDialogProps {
  open: boolean;
  connection: Connection | null;
  onClose(): void;
  onSubmit(values: ConnectionInput): Promise<void>;
}

const EMPTY: ConnectionInput = { name: '', isDefault: false, greetingMessage: '', farewellMessage: '', aiAgentId: null, queueIds: [] };

function formValuesOf(connection: Connection): ConnectionInput {
  return {
    name: connection.name,
    isDefault: connection.isDefault,
    greetingMessage: connection.greetingMessage ?? '',
    farewellMessage: connection.farewellMessage ?? '',
    aiAgentId: connection.aiAgentId,
    queueIds: connection.queueIds,
  };
}

export function ConnectionFormDialog({ open, connection, onClose, onSubmit }: ConnectionFormDialogProps) {
  const { t } = useTranslation();
  const { control, handleSubmit, reset, setError, formState } = useForm<ConnectionInput>({
    resolver: zodResolver(connectionSchema),
    defaultValues: EMPTY,
  });
  const { saveError, clearSaveError, save } = useSaveError(setError, {});
  // A connection read from a status update does not carry its queues: the field stays out, and so do they.
  const knowsQueues = connection === null || connection.queueIds !== undefined;

  // Each opening starts from the connection being edited (or blank), not from the last dialog's leftovers.
  useEffect(() => {
    if (!open) return;
    reset(connection ? formValuesOf(connection) : EMPTY);
    clearSaveError();
  }, [open, connection, reset, clearSaveError]);

  const submit = handleSubmit((values) => save(() => onSubmit({ ...values, name: values.name.trim() })));

  return (
    <FormDialog
      open={open}
      title={connection ? t('connections.editTitle') : t('connections.createTitle')}
      submitting={formState.isSubmitting}
      editing={connection !== null}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
    >
      <FormTextField
        control={control}
        name="name"
        label={t('connections.name')}
        help=" " // keeps the room an error takes, so the form does not jump
        required
        autoFocus
        slotProps={{ htmlInput: { maxLength: CONNECTION_NAME_MAX } }}
      />
      <FormTextField control={control} name="greetingMessage" label={t('connections.greeting')} help={t('connections.greetingHint')} multiline minRows={2} />
      <FormTextField control={control} name="farewellMessage" label={t('connections.farewell')} help={t('connections.farewellHint')} multiline minRows={2} />
      {knowsQueues ? (
        <Controller
          control={control}
          name="queueIds"
          render={({ field }) => <ConnectionQueuesField value={field.value ?? []} onChange={field.onChange} disabled={formState.isSubmitting} />}
        />
      ) : null}
      <Controller
        control={control}
        name="aiAgentId"
        render={({ field }) => (
          <AiAgentPicker value={field.value} onChange={field.onChange} help={t('aiAgents.connectionPickerHint')} disabled={formState.isSubmitting} />
        )}
      />
      <FormSwitch control={control} name="isDefault" label={t('connections.isDefault')} />
    </FormDialog>
  );
}
