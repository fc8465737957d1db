import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AiAgentPicker } from '../aiAgents/AiAgentPicker';
import { ApiError } from '../api/ApiError';
import { FormDialog } from '../common/FormDialog';
import { FormSection } from '../common/form/FormSection';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import { useConnections } from '../connections/connectionsQuery';
import { BusinessHoursEditor } from './BusinessHoursEditor';
import { problemsFromServer, scheduleProblems, type ScheduleProblems } from './businessHours';
import { ColorField } from './ColorField';
import { MultiSelect } from './MultiSelect';
import { useAllUsers } from './queueMembersQuery';
import { CSAT_CHOICES, QUEUE_MESSAGE_MAX, QUEUE_NAME_MAX, emptyQueueForm, queueFormFrom, queueSchema, type QueueFormValues } from './queueSchema';
import { CLOSE_REASON_MODES, DISTRIBUTIONS, type Queue } from './queueTypes';

interface QueueFormDialogProps {
  open: boolean;
  /** The queue being edited; null to create one. */
  queue: Queue | null;
  onClose(): void;
  onSubmit(values: QueueFormValues): Promise<void>;
}

export function QueueFormDialog({ open, queue, onClose, onSubmit }: QueueFormDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [serverProblems, setServerProblems] = useState<ScheduleProblems>({});
  const users = useAllUsers(open);
  const connections = useConnections();
  const { control, handleSubmit, reset, setError, formState } = useForm<QueueFormValues>({
    resolver: zodResolver(queueSchema),
    defaultValues: emptyQueueForm(),
  });
  const { errors, isSubmitting, isSubmitted } = formState;
  const { saveError, clearSaveError, save } = useSaveError(setError, { ERR_QUEUE_NAME_IN_USE: 'name' });
  const [schedules, distribution] = useWatch({ control, name: ['schedules', 'distribution'] });

  useEffect(() => {
    if (!open) return;
    reset(queue ? queueFormFrom(queue) : emptyQueueForm());
    clearSaveError();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reset() above re-renders the form anyway; the server's findings go with it
    setServerProblems({});
  }, [open, queue, reset, clearSaveError]);

  // Overlaps show as soon as they exist; the server's findings stay until the schedule changes.
  const problems = useMemo(() => ({ ...serverProblems, ...scheduleProblems(schedules) }), [schedules, serverProblems]);

  const submit = handleSubmit((values) =>
    save(async () => {
      try {
        await onSubmit(values);
      } catch (error) {
        // The server's schedule findings are shown at the intervals they concern, beside the message on top.
        if (error instanceof ApiError && error.code === 'ERR_VALIDATION') setServerProblems(problemsFromServer(error.details));
        throw error;
      }
    }),
  );

  const colorError = errors.color?.message;

  const userChoices = (users.data ?? []).map((u) => ({ id: u.id, label: u.name, muted: !u.active }));
  const connectionChoices = (connections.data ?? []).map((c) => ({ id: c.id, label: c.name }));

  return (
    <FormDialog
      open={open}
      title={queue ? t('queues.editTitle') : t('queues.createTitle')}
      submitting={isSubmitting}
      editing={queue !== null}
      onClose={onClose}
      onSubmit={submit}
      maxWidth="md"
      fullScreen={phone}
      dividers
      error={saveError}
    >
      <FormSection>{t('queues.sections.general')}</FormSection>
      <FormTextField control={control} name="name" label={t('queues.name')} limits={{ max: QUEUE_NAME_MAX }} required autoFocus autoComplete="off" />
      <Controller
        control={control}
        name="color"
        render={({ field }) => (
          <ColorField label={t('queues.color')} value={field.value} onChange={field.onChange} error={colorError ? t(colorError) : undefined} />
        )}
      />
      <FormTextField control={control} name="distribution" label={t('queues.distribution')} help={t(`queues.distributionHints.${distribution}`)} select>
        {DISTRIBUTIONS.map((d) => (
          <MenuItem key={d} value={d}>
            {t(`queues.distributions.${d}`)}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField
        control={control}
        name="greetingMessage"
        label={t('queues.greeting')}
        limits={{ max: QUEUE_MESSAGE_MAX }}
        help={t('queues.greetingHint')}
        multiline
        minRows={2}
      />
      <FormTextField
        control={control}
        name="outOfHoursMessage"
        label={t('queues.outOfHours')}
        limits={{ max: QUEUE_MESSAGE_MAX }}
        help={t('queues.outOfHoursHint')}
        multiline
        minRows={2}
      />

      <Controller
        control={control}
        name="aiAgentId"
        render={({ field }) => <AiAgentPicker value={field.value} onChange={field.onChange} help={t('aiAgents.queuePickerHint')} disabled={isSubmitting} />}
      />
      <FormTextField control={control} name="csat" label={t('queues.csat.label')} help={t('queues.csat.help')} select>
        {CSAT_CHOICES.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {t(`queues.csat.${choice}`)}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField control={control} name="closeReasonMode" label={t('closing.mode')} select>
        {CLOSE_REASON_MODES.map((mode) => (
          <MenuItem key={mode} value={mode}>
            {t(`closing.modes.${mode}`)}
          </MenuItem>
        ))}
      </FormTextField>

      <FormSection>{t('queues.sections.members')}</FormSection>
      <Controller
        control={control}
        name="userIds"
        render={({ field }) => (
          <MultiSelect label={t('queues.attendants')} choices={userChoices} value={field.value} onChange={field.onChange} loading={users.isPending} />
        )}
      />
      <Controller
        control={control}
        name="whatsappIds"
        render={({ field }) => (
          <MultiSelect
            label={t('queues.connections')}
            choices={connectionChoices}
            value={field.value}
            onChange={field.onChange}
            loading={connections.isPending}
          />
        )}
      />

      <FormSection>{t('queues.hours.title')}</FormSection>
      {isSubmitted && errors.schedules ? <Alert severity="error">{t('queues.hours.fixProblems')}</Alert> : null}
      <Controller
        control={control}
        name="schedules"
        render={({ field }) => (
          <BusinessHoursEditor
            value={field.value}
            problems={problems}
            onChange={(next) => {
              setServerProblems({});
              field.onChange(next);
            }}
          />
        )}
      />
    </FormDialog>
  );
}
