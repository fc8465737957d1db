import { useTranslation } from 'react-i18next';
import { SecretOnceDialog } from './SecretOnceDialog';

/** The signing secret, once: after the creation and after "Gerar novo segredo". */
export function WebhookSecretDialog({ secret, onClose }: { secret: string | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <SecretOnceDialog
      secret={secret}
      title={t('integrations.webhooks.secretTitle')}
      warning={t('integrations.webhooks.secretWarning')}
      fieldLabel={t('integrations.webhooks.secretField')}
      copyLabel={t('integrations.webhooks.copySecret')}
      copiedText={t('integrations.webhooks.secretCopied')}
      doneLabel={t('integrations.tokens.done')}
      onClose={onClose}
    />
  );
}
