import KeyOutlined from '@mui/icons-material/KeyOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useController, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../common/form/FormTextField';
import { LIMITS, type AiAgentFormValues, type KeyAction } from './aiAgentSchema';

interface ApiKeyFieldProps {
  control: Control<AiAgentFormValues>;
  setValue: UseFormSetValue<AiAgentFormValues>;
  /** The agent being edited has a key stored (the server never sends it back, only that it exists). */
  hasStoredKey: boolean;
}

/**
 * The API key is write-only: once saved it is never shown again. An agent with a stored key says so and
 * offers to replace it or remove it; otherwise the field is a password box (blank: no key, as for Ollama).
 */
export function ApiKeyField({ control, setValue, hasStoredKey }: ApiKeyFieldProps) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'keyAction' });
  const action = field.value as KeyAction;
  const choose = (next: KeyAction) => {
    setValue('apiKey', '', { shouldValidate: false });
    field.onChange(next);
  };

  const input = (label: string, help: string, autoFocus: boolean) => (
    <FormTextField
      control={control}
      name="apiKey"
      type="password"
      label={label}
      help={help}
      limits={{ max: LIMITS.apiKey }}
      autoComplete="new-password"
      autoFocus={autoFocus}
      slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
    />
  );

  if (!hasStoredKey) return input(t('aiAgents.apiKey'), t('aiAgents.apiKeyHint'), false);

  if (action === 'replace') {
    return (
      <Stack spacing={0.5}>
        {input(t('aiAgents.newApiKey'), t('aiAgents.newApiKeyHint'), true)}
        <Box>
          <Button size="small" onClick={() => choose('keep')}>
            {t('aiAgents.keepKey')}
          </Button>
        </Box>
      </Stack>
    );
  }

  if (action === 'remove') {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={() => choose('keep')}>
            {t('aiAgents.undo')}
          </Button>
        }
      >
        {t('aiAgents.keyWillBeRemoved')}
      </Alert>
    );
  }

  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      role="group"
      aria-label={t('aiAgents.apiKey')}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1.5, alignItems: { sm: 'center' } }}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexGrow: 1 }}>
        <KeyOutlined color="success" />
        <div>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('aiAgents.keySaved')}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {t('aiAgents.keySavedHint')}
          </Typography>
        </div>
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="outlined" onClick={() => choose('replace')}>
          {t('aiAgents.replaceKey')}
        </Button>
        <Button size="small" color="error" onClick={() => choose('remove')}>
          {t('aiAgents.removeKey')}
        </Button>
      </Stack>
    </Stack>
  );
}
