import KeyOutlined from '@mui/icons-material/KeyOutlined';
import OpenInNew from '@mui/icons-material/OpenInNew';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useFeedback } from '../common/FeedbackContext';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { errorMessage } from '../i18n/errorMessage';
import { ApiTokenFormDialog } from './ApiTokenFormDialog';
import { ApiTokensTable } from './ApiTokensTable';
import { integrationsApi, refreshTokens, useApiTokens, type ApiToken } from './integrationsApi';
import { SecretOnceDialog } from './SecretOnceDialog';

export const API_DOCS_URL = '/api/docs';

/** Admins create tokens for their ERP or n8n (shown once), see when each was last used, and revoke them. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const list = useApiTokens();
  const [creating, setCreating] = useState(false);
  // The token in clear lives only here, until the admin closes the dialog: then it is gone for good.
  const [created, setCreated] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [busy, setBusy] = useState(false);
  const tokens = list.data ?? [];

  async function revoke(token: ApiToken) {
    setBusy(true);
    try {
      await integrationsApi.revokeToken(token.id);
      await refreshTokens(client);
      notify(t('integrations.tokens.revoked', { name: token.name }));
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setBusy(false);
      setRevoking(null);
    }
  }

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <PageHeader
        title={t('integrations.tokens.title')}
        subtitle={t('integrations.tokens.subtitle')}
        newLabel={t('integrations.tokens.new')}
        onNew={() => setCreating(true)}
      />
      <Link href={API_DOCS_URL} target="_blank" rel="noopener" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}>
        {t('integrations.tokens.docsLink')}
        <OpenInNew fontSize="inherit" />
      </Link>
      <Paper variant="outlined">
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('integrations.tokens.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && tokens.length === 0 ? <ListEmpty icon={<KeyOutlined sx={{ fontSize: 48 }} />} text={t('integrations.tokens.empty')} /> : null}
        {tokens.length > 0 ? <ApiTokensTable tokens={tokens} onRevoke={setRevoking} /> : null}
      </Paper>

      <ApiTokenFormDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSubmit={async (input) => {
          const answer = await integrationsApi.createToken(input);
          await refreshTokens(client);
          setCreating(false);
          setCreated(answer.token);
        }}
      />
      <SecretOnceDialog
        secret={created}
        title={t('integrations.tokens.createdTitle')}
        warning={t('integrations.tokens.onceWarning')}
        fieldLabel={t('integrations.tokens.tokenField')}
        copyLabel={t('integrations.tokens.copy')}
        copiedText={t('integrations.tokens.copied')}
        doneLabel={t('integrations.tokens.done')}
        onClose={() => setCreated(null)}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={t('integrations.tokens.revokeTitle')}
        body={t('integrations.tokens.revokeBody', { name: revoking?.name ?? '' })}
        confirmLabel={t('integrations.tokens.revokeConfirm')}
        destructive
        busy={busy}
        onConfirm={() => revoking && void revoke(revoking)}
        onClose={() => setRevoking(null)}
      />
    </Stack>
  );
}
