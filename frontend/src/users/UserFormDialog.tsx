import { zodResolver } from '@hookform/resolvers/zod';
import MenuItem from '@mui/material/MenuItem';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PROFILES, type User } from '../api/types';
import { FormDialog } from '../common/FormDialog';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import { MultiSelect } from '../queues/MultiSelect';
import { useSettings } from '../settings/settingsQuery';
import { useQueues } from '../tickets/queuesQuery';
import { MAX_OPEN_TICKETS, createUserSchema, editUserSchema, limitFor, type UserFormValues } from './userSchema';

interface UserFormDialogProps {
  open: boolean;
  /** The user being edited; null to create one. */
  user: User | null;
  onClose(): void;
  onSubmit(values: UserFormValues): Promise<void>;
}

const EMPTY: UserFormValues = { name: '', email: '', password: '', profile: 'user', maxOpenTickets: '', queueIds: [] };

export function UserFormDialog({ open, user, onClose, onSubmit }: UserFormDialogProps) {
  const { t } = useTranslation();
  const editing = user !== null;
  const { control, handleSubmit, reset, setError, setValue, getFieldState, formState } = useForm<UserFormValues>({
    resolver: zodResolver(editing ? editUserSchema : createUserSchema),
    defaultValues: EMPTY,
  });
  const { isSubmitting } = formState;
  // A taken e-mail belongs next to the e-mail field; everything else goes on top of the form.
  const { saveError, clearSaveError, save } = useSaveError(setError, { ERR_EMAIL_IN_USE: 'email' });

  useEffect(() => {
    if (!open) return;
    reset(
      user
        ? {
            name: user.name,
            email: user.email,
            password: '',
            profile: user.profile,
            maxOpenTickets: user.maxOpenTickets === null ? '' : String(user.maxOpenTickets),
            queueIds: undefined,
          }
        : EMPTY,
    );
    clearSaveError();
  }, [open, user, reset, clearSaveError]);

  // The user's queues come from the queues' member lists (each queue says who serves it): filled in once they
  // are read, unless the admin already changed the field.
  const queues = useQueues();
  useEffect(() => {
    if (!open || !user || !queues.data || getFieldState('queueIds').isDirty) return;
    const served = queues.data.filter((q) => q.userIds?.includes(user.id)).map((q) => q.id);
    setValue(
      'queueIds',
      served.sort((a, b) => a - b),
    );
  }, [open, user, queues.data, setValue, getFieldState]);

  // The company default is what an empty cap means: said next to the field, when it can be read.
  const companyCap = useSettings({ enabled: open }).data?.userMaxOpenTickets;
  const capHelp =
    companyCap === undefined
      ? t('users.maxOpenTicketsHelpUnknown')
      : t('users.maxOpenTicketsHelp', { company: companyCap === null ? t('users.noLimit') : String(companyCap) });

  // An edit sends the queues only when the admin touched them: a queue's own member list may have changed meanwhile.
  const submit = handleSubmit((values) => save(() => onSubmit(editing && !getFieldState('queueIds').isDirty ? { ...values, queueIds: undefined } : values)));

  return (
    <FormDialog
      open={open}
      title={editing ? t('users.editTitle') : t('users.createTitle')}
      submitting={isSubmitting}
      editing={editing}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
    >
      <FormTextField control={control} name="name" label={t('users.name')} limits={limitFor('name')} required autoFocus autoComplete="off" />
      <FormTextField control={control} name="email" label={t('users.email')} limits={limitFor('email')} type="email" required autoComplete="off" />
      <FormTextField
        control={control}
        name="password"
        label={t('users.password')}
        limits={limitFor('password')}
        type="password"
        required={!editing}
        autoComplete="new-password"
        help={editing ? t('users.passwordOptional') : undefined}
      />
      <FormTextField control={control} name="profile" label={t('users.profile')} select required>
        {PROFILES.map((profile) => (
          <MenuItem key={profile} value={profile}>
            {t(`profiles.${profile}`)}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField
        control={control}
        name="maxOpenTickets"
        label={t('users.maxOpenTickets')}
        limits={limitFor('maxOpenTickets')}
        help={capHelp}
        type="number"
        autoComplete="off"
        slotProps={{ htmlInput: { min: MAX_OPEN_TICKETS.min, max: MAX_OPEN_TICKETS.max, step: 1, inputMode: 'numeric' } }}
      />
      <Controller
        control={control}
        name="queueIds"
        render={({ field }) => (
          <MultiSelect
            label={t('users.queues')}
            helperText={t('users.queuesHelp')}
            choices={(queues.data ?? []).map((q) => ({ id: q.id, label: q.name }))}
            loading={queues.isPending}
            value={field.value ?? []}
            onChange={(ids) => field.onChange(ids)}
          />
        )}
      />
    </FormDialog>
  );
}
