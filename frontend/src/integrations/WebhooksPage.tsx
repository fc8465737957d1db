import WebhookOutlined from '@mui/icons-material/WebhookOutlined';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { useWebhooks, type Webhook } from './integrationsApi';
import { useWebhookWrites } from './useWebhookWrites';
import { WebhookFormDialog } from './WebhookFormDialog';
import { WebhookSecretDialog } from './WebhookSecretDialog';
import { WebhooksTable } from './WebhooksTable';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; webhook: Webhook };

/** Admins list the company's webhooks with how they are doing, and create, edit or delete them. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useWebhooks();
  const writes = useWebhookWrites();
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  // Shown once after the creation; closing it leads to the new webhook's page, where the test button is.
  const [created, setCreated] = useState<{ id: number; secret: string } | null>(null);
  const webhooks = list.data ?? [];

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <PageHeader
        title={t('integrations.webhooks.title')}
        subtitle={t('integrations.webhooks.subtitle')}
        newLabel={t('integrations.webhooks.new')}
        onNew={() => setForm({ mode: 'create' })}
      />
      <Paper variant="outlined">
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('integrations.webhooks.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && webhooks.length === 0 ? (
          <ListEmpty icon={<WebhookOutlined sx={{ fontSize: 48 }} />} text={t('integrations.webhooks.empty')} />
        ) : null}
        {webhooks.length > 0 ? <WebhooksTable webhooks={webhooks} onEdit={(webhook) => setForm({ mode: 'edit', webhook })} onDelete={setDeleting} /> : null}
      </Paper>

      <WebhookFormDialog
        open={form.mode !== 'closed'}
        webhook={form.mode === 'edit' ? form.webhook : null}
        onClose={() => setForm({ mode: 'closed' })}
        onSubmit={async (input) => {
          if (form.mode === 'edit') await writes.save(form.webhook, input);
          else {
            const answer = await writes.create(input);
            setCreated({ id: answer.webhook.id, secret: answer.secret });
          }
          setForm({ mode: 'closed' });
        }}
      />
      <WebhookSecretDialog
        secret={created?.secret ?? null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          if (id !== undefined) void navigate(`/webhooks/${id}`);
        }}
      />
      <DeleteConfirm
        item={deleting}
        title={t('integrations.webhooks.deleteTitle')}
        body={(webhook) => t('integrations.webhooks.deleteBody', { name: webhook.name || webhook.url })}
        onClose={() => setDeleting(null)}
        onConfirm={async (webhook) => {
          await writes.remove(webhook);
        }}
      />
    </Stack>
  );
}
