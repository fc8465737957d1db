import SmartToyOutlined from '@mui/icons-material/SmartToyOutlined';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { canWriteAiAgents } from '../auth/permissions';
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { AiAgentFormDialog } from './AiAgentFormDialog';
import { AiAreaTabs } from './AiAreaTabs';
import { AiAgentsTable } from './AiAgentsTable';
import { AiAgentTestDialog } from './AiAgentTestDialog';
import { useAiAgentsList, type AiAgent } from './aiAgentsApi';
import { useAiAgentWrites } from './useAiAgentWrites';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; agent: AiAgent };

/**
 * The company's AI agents. Admins and supervisors see them (the route is guarded); only admins change them
 * and try them (the playground spends the company's tokens). The list follows other admins' edits through the
 * `aiAgent` socket event (useCatalogEvents).
 */
export function AiAgentsPage() {
  const { t } = useTranslation();
  const { user: me } = useAuth();
  const canWrite = canWriteAiAgents(me);
  const list = useAiAgentsList();
  const writes = useAiAgentWrites();
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<AiAgent | null>(null);
  const [testingId, setTestingId] = useState<number | null>(null);

  const agents = list.data ?? [];
  // The tested agent as the list has it now: an edit made meanwhile (here or by another admin) shows at once.
  const testing = agents.find((agent) => agent.id === testingId) ?? null;

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <PageHeader
        title={t('aiAgents.title')}
        subtitle={t('aiAgents.subtitle')}
        newLabel={canWrite ? t('aiAgents.new') : undefined}
        onNew={() => setForm({ mode: 'create' })}
      />
      <AiAreaTabs />
      {canWrite ? null : <Alert severity="info">{t('aiAgents.readOnly')}</Alert>}
      <Paper variant="outlined">
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('aiAgents.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && agents.length === 0 ? <ListEmpty icon={<SmartToyOutlined sx={{ fontSize: 48 }} />} text={t('aiAgents.empty')} /> : null}
        {agents.length > 0 ? (
          <AiAgentsTable
            agents={agents}
            canWrite={canWrite}
            onTest={(agent) => setTestingId(agent.id)}
            onEdit={(agent) => setForm({ mode: 'edit', agent })}
            onDelete={setDeleting}
          />
        ) : null}
      </Paper>

      {canWrite ? (
        <>
          <AiAgentFormDialog
            open={form.mode !== 'closed'}
            agent={form.mode === 'edit' ? form.agent : null}
            onClose={() => setForm({ mode: 'closed' })}
            onSubmit={async (input) => {
              if (form.mode === 'edit') await writes.save(form.agent, input);
              // A new agent is tried next: that is how an admin knows it works before a customer meets it.
              else setTestingId((await writes.create(input)).id);
              setForm({ mode: 'closed' });
            }}
          />
          <AiAgentTestDialog agent={testing} onClose={() => setTestingId(null)} />
          <DeleteConfirm
            item={deleting}
            title={t('aiAgents.deleteTitle')}
            body={(agent) => t('aiAgents.deleteBody', { name: agent.name })}
            onClose={() => setDeleting(null)}
            onConfirm={writes.remove}
          />
        </>
      ) : null}
    </Stack>
  );
}
