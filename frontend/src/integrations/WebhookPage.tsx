import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListError, ListLoading } from '../common/ListStates';
import { useWebhook, type Webhook } from './integrationsApi';
import { useWebhookWrites } from './useWebhookWrites';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookFormDialog } from './WebhookFormDialog';
import { WebhookSecretDialog } from './WebhookSecretDialog';
import { WebhookStatusChip } from './WebhookStatusChip';

/** One webhook: where it points, how it is doing, its test button, its secret and its delivery log. */
export function WebhookPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const query = useWebhook(id);
  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <Link component={RouterLink} to="/webhooks" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}>
        <ArrowBack fontSize="small" />
        {t('integrations.webhooks.back')}
      </Link>
      {query.isPending ? <ListLoading /> : null}
      {query.isError ? <ListError title={t('integrations.webhooks.notFound')} error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <WebhookDetails webhook={query.data} /> : null}
    </Stack>
  );
}

function WebhookDetails({ webhook }: { webhook: Webhook }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const writes = useWebhookWrites();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);
  const name = webhook.name || webhook.url;
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  const rotate = async () => {
    setRotating(true);
    const fresh = await writes.rotateSecret(webhook);
    setRotating(false);
    setConfirmRotate(false);
    setSecret(fresh);
  };
  const sendTest = async () => {
    setTesting(true);
    try {
      await writes.sendTest(webhook);
    } finally {
      setTesting(false);
    }
  };

  return (
    <>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}>
        <Box sx={{ minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h1" sx={{ wordBreak: 'break-all' }}>
              {name}
            </Typography>
            <WebhookStatusChip webhook={webhook} />
          </Stack>
          {webhook.name ? (
            <Typography color="text.secondary" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {webhook.url}
            </Typography>
          ) : null}
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 1 }} aria-label={t('integrations.webhooks.events')}>
            {webhook.events.map((event) => (
              <Chip key={event} size="small" variant="outlined" label={event} sx={{ fontFamily: 'monospace' }} />
            ))}
            {webhook.allowLocal ? <Chip size="small" color="warning" variant="outlined" label={t('integrations.webhooks.allowLocal')} /> : null}
          </Stack>
        </Box>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, flexShrink: 0 }}>
          <Button variant="contained" startIcon={<SendOutlined />} onClick={() => void sendTest()} loading={testing} disabled={!webhook.active}>
            {t('integrations.webhooks.sendTest')}
          </Button>
          <Button startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('integrations.webhooks.edit')}
          </Button>
          <Button startIcon={<KeyOutlined />} onClick={() => setConfirmRotate(true)}>
            {t('integrations.webhooks.rotate')}
          </Button>
          <Button color="error" startIcon={<DeleteOutline />} onClick={() => setDeleting(webhook)}>
            {t('integrations.webhooks.delete')}
          </Button>
        </Stack>
      </Stack>
      {webhook.disabledAt && !webhook.active ? (
        <Alert severity="error">{t('integrations.webhooks.disabledNotice', { date: date(webhook.disabledAt) })}</Alert>
      ) : null}
      {webhook.failingSince && webhook.active ? (
        <Alert severity="warning">{t('integrations.webhooks.failingNotice', { date: date(webhook.failingSince) })}</Alert>
      ) : null}

      <WebhookDeliveries webhook={webhook} onRedeliver={(delivery) => writes.redeliver(webhook, delivery.id)} />

      <WebhookFormDialog
        open={editing}
        webhook={webhook}
        onClose={() => setEditing(false)}
        onSubmit={async (input) => {
          await writes.save(webhook, input);
          setEditing(false);
        }}
      />
      <ConfirmDialog
        open={confirmRotate}
        title={t('integrations.webhooks.rotateTitle')}
        body={t('integrations.webhooks.rotateBody', { name })}
        confirmLabel={t('integrations.webhooks.rotateConfirm')}
        busy={rotating}
        onConfirm={() => void rotate()}
        onClose={() => setConfirmRotate(false)}
      />
      <WebhookSecretDialog secret={secret} onClose={() => setSecret(null)} />
      <DeleteConfirm
        item={deleting}
        title={t('integrations.webhooks.deleteTitle')}
        body={(w) => t('integrations.webhooks.deleteBody', { name: w.name || w.url })}
        onClose={() => setDeleting(null)}
        onConfirm={async (w) => {
          if (await writes.remove(w)) void navigate('/webhooks');
        }}
      />
    </>
  );
}
