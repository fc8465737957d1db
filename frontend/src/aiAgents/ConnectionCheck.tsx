import WifiTethering from '@mui/icons-material/WifiTethering';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { aiAgentsApi, type AiAgent } from './aiAgentsApi';
import { aiFailureText } from './aiFailureText';

/** How many of the served models to name when the configured one is not among them. */
const SHOWN_MODELS = 8;

/**
 * "Testar conexão": asks the endpoint for its models with the saved address and key (nothing is spent), and
 * says whether the agent's model is one of them.
 */
export function ConnectionCheck({ agent }: { agent: AiAgent }) {
  const { t } = useTranslation();
  const check = useMutation({ mutationFn: () => aiAgentsApi.models(agent.id) });
  const models = check.data;

  return (
    <Stack spacing={1.5}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Button
          variant="outlined"
          startIcon={<WifiTethering />}
          loading={check.isPending}
          loadingPosition="start"
          onClick={() => check.mutate()}
          sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
        >
          {check.isPending ? t('aiTest.checking') : t('aiTest.checkConnection')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {t('aiTest.checkConnectionHint')}
        </Typography>
      </Stack>
      {check.isError ? (
        <Alert severity="error" role="alert">
          {aiFailureText(t, check.error, agent)}
        </Alert>
      ) : null}
      {models && models.includes(agent.model) ? (
        <Alert severity="success" role="status">
          {t('aiTest.connectionOk', { model: agent.model })}
        </Alert>
      ) : null}
      {models && !models.includes(agent.model) ? (
        <Alert severity="warning" role="status">
          {models.length === 0
            ? t('aiTest.connectionNoModels', { model: agent.model })
            : t('aiTest.connectionModelMissing', {
                model: agent.model,
                models: models.slice(0, SHOWN_MODELS).join(', ') + (models.length > SHOWN_MODELS ? ', …' : ''),
              })}
        </Alert>
      ) : null}
    </Stack>
  );
}
