import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../common/FormDialog';
import { FormSwitch } from '../common/form/FormSwitch';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import { CheckboxGroupField } from './CheckboxGroupField';
import { WEBHOOK_EVENTS, type Webhook, type WebhookInput, textKey } from './integrationsApi';
import { NAME_MAX, webhookSchema, type WebhookFormOutput, type WebhookFormValues } from './integrationSchemas';

interface WebhookFormDialogProps {
  open: boolean;
  /** null creates. */
  webhook: Webhook | null;
  onClose(): void;
  onSubmit(input: WebhookInput): Promise<void>;
}

const EMPTY: WebhookFormValues = { name: '', url: '', events: ['message.created'], active: true, allowLocal: false };

export function WebhookFormDialog({ open, webhook, onClose, onSubmit }: WebhookFormDialogProps) {
  const { t } = useTranslation();
  const { control, handleSubmit, reset, setError, formState } = useForm<WebhookFormValues, unknown, WebhookFormOutput>({
    resolver: zodResolver(webhookSchema),
    defaultValues: EMPTY,
  });
  // A private address refused by the server belongs to the URL (the switch below is the way out).
  const { saveError, clearSaveError, save } = useSaveError(setError, { ERR_WEBHOOK_URL_PRIVATE: 'url' });

  useEffect(() => {
    if (!open) return;
    reset(webhook ? { name: webhook.name, url: webhook.url, events: webhook.events, active: webhook.active, allowLocal: webhook.allowLocal } : EMPTY);
    clearSaveError();
  }, [open, webhook, reset, clearSaveError]);

  const submit = handleSubmit((values) => save(() => onSubmit(values)));
  const events = WEBHOOK_EVENTS.map((event) => ({ value: event, label: t(`integrations.webhooks.eventOf.${textKey(event)}`), help: event }));

  return (
    <FormDialog
      open={open}
      title={webhook ? t('integrations.webhooks.editTitle') : t('integrations.webhooks.createTitle')}
      submitting={formState.isSubmitting}
      editing={webhook !== null}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
      maxWidth="md"
    >
      <FormTextField control={control} name="name" label={t('integrations.webhooks.name')} limits={{ max: NAME_MAX }} autoFocus autoComplete="off" />
      <FormTextField
        control={control}
        name="url"
        label={t('integrations.webhooks.url')}
        help={t('integrations.webhooks.urlHint')}
        required
        type="url"
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
      />
      <CheckboxGroupField
        control={control}
        name="events"
        legend={t('integrations.webhooks.events')}
        help={t('integrations.webhooks.eventsHelp')}
        choices={events}
        columns
      />
      <FormSwitch control={control} name="allowLocal" label={t('integrations.webhooks.allowLocal')} help={t('integrations.webhooks.allowLocalHelp')} />
      <FormSwitch control={control} name="active" label={t('integrations.webhooks.active')} help={t('integrations.webhooks.activeHelp')} />
    </FormDialog>
  );
}
