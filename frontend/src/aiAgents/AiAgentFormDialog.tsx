import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/ApiError';
import { FormDialog } from '../common/FormDialog';
import { FormSection } from '../common/form/FormSection';
import { FormSwitch } from '../common/form/FormSwitch';
import { FormTextField } from '../common/form/FormTextField';
import { useSaveError } from '../common/useSaveError';
import { ApiKeyField } from './ApiKeyField';
import { LIMITS, aiAgentFormFrom, aiAgentInputFrom, aiAgentSchema, emptyAiAgentForm, type AiAgentFormValues } from './aiAgentSchema';
import type { AiAgent, AiAgentInput } from './aiAgentsApi';
import { CountedTextField } from './CountedTextField';
import { KeywordsField } from './KeywordsField';
import { SliderField } from './SliderField';

interface AiAgentFormDialogProps {
  open: boolean;
  /** The agent being edited; null to create one. */
  agent: AiAgent | null;
  onClose(): void;
  onSubmit(input: AiAgentInput): Promise<void>;
}

/** Addresses a small company is likely to use, one click away. */
const PRESETS = [
  { label: 'OpenAI', url: 'https://api.openai.com/v1' },
  { label: 'Ollama', url: 'http://localhost:11434/v1' },
] as const;

const FIELDS = new Set(Object.keys(emptyAiAgentForm('')));

export function AiAgentFormDialog({ open, agent, onClose, onSubmit }: AiAgentFormDialogProps) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { control, handleSubmit, reset, setError, setValue, formState } = useForm<AiAgentFormValues>({
    resolver: zodResolver(aiAgentSchema),
    defaultValues: emptyAiAgentForm(''),
  });
  const { saveError, clearSaveError, save } = useSaveError(setError, { ERR_AI_AGENT_NAME_IN_USE: 'name', ERR_AI_SECRET_KEY_MISSING: 'apiKey' });
  const [hasStoredKey, transcribeAudio] = useWatch({ control, name: ['hasStoredKey', 'transcribeAudio'] });

  // Each opening starts from the agent being edited (or the defaults), not from the last dialog's leftovers.
  useEffect(() => {
    if (!open) return;
    const fresh = { ...emptyAiAgentForm(t('aiAgents.defaultHandoffMessage')), handoffKeywords: t('aiAgents.defaultKeywords').split(',') };
    reset(agent ? aiAgentFormFrom(agent) : fresh);
    clearSaveError();
  }, [open, agent, reset, clearSaveError, t]);

  const submit = handleSubmit((values) =>
    save(async () => {
      try {
        await onSubmit(aiAgentInputFrom(values));
      } catch (error) {
        // The form checks what the server checks; should they disagree, the server's finding goes to its field.
        if (!(error instanceof ApiError) || error.code !== 'ERR_VALIDATION' || !Array.isArray(error.details)) throw error;
        const fields = (error.details as { path?: unknown }[]).map((d) => String(d.path ?? '').split('.')[0]!).filter((f) => FIELDS.has(f));
        if (fields.length === 0) throw error;
        fields.forEach((f, i) => setError(f as keyof AiAgentFormValues, { message: 'aiAgents.invalidValue' }, { shouldFocus: i === 0 }));
      }
    }),
  );

  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });

  return (
    <FormDialog
      open={open}
      title={agent ? t('aiAgents.editTitle') : t('aiAgents.createTitle')}
      submitting={formState.isSubmitting}
      editing={agent !== null}
      onClose={onClose}
      onSubmit={submit}
      error={saveError}
      maxWidth="md"
      fullScreen={phone}
      dividers
    >
      <FormSection>{t('aiAgents.sections.provider')}</FormSection>
      <FormTextField
        control={control}
        name="name"
        label={t('aiAgents.name')}
        limits={{ max: LIMITS.name }}
        help={t('aiAgents.nameHint')}
        required
        autoFocus
        autoComplete="off"
      />
      <Stack spacing={0.5}>
        <FormTextField
          control={control}
          name="baseUrl"
          label={t('aiAgents.baseUrl')}
          limits={{ max: LIMITS.baseUrl }}
          help={t('aiAgents.baseUrlHint')}
          required
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none', inputMode: 'url' } }}
        />
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="caption" color="text.secondary">
            {t('aiAgents.usePreset')}
          </Typography>
          {PRESETS.map((preset) => (
            <Button
              key={preset.label}
              size="small"
              variant="outlined"
              onClick={() => setValue('baseUrl', preset.url, { shouldValidate: true, shouldDirty: true })}
            >
              {preset.label}
            </Button>
          ))}
        </Stack>
      </Stack>
      <ApiKeyField control={control} setValue={setValue} hasStoredKey={hasStoredKey} />
      <FormTextField
        control={control}
        name="model"
        label={t('aiAgents.model')}
        limits={{ max: LIMITS.model }}
        help={t('aiAgents.modelHint')}
        required
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
      />
      <FormSwitch control={control} name="enabled" label={t('aiAgents.enabled')} help={t('aiAgents.enabledHint')} />

      <FormSection>{t('aiAgents.sections.knowledge')}</FormSection>
      <CountedTextField
        control={control}
        name="systemPrompt"
        label={t('aiAgents.systemPrompt')}
        hint={t('aiAgents.systemPromptHint')}
        max={LIMITS.systemPrompt}
        minRows={4}
        maxRows={12}
      />
      <CountedTextField
        control={control}
        name="knowledge"
        label={t('aiAgents.knowledge')}
        hint={t('aiAgents.knowledgeHint')}
        max={LIMITS.knowledge}
        minRows={6}
        maxRows={16}
      />

      <FormSection>{t('aiAgents.sections.behaviour')}</FormSection>
      <SliderField
        control={control}
        name="temperature"
        label={t('aiAgents.temperature')}
        help={t('aiAgents.temperatureHint')}
        min={0}
        max={2}
        step={0.1}
        format={(v) => decimal.format(v)}
        ends={[t('aiAgents.temperatureLow'), t('aiAgents.temperatureHigh')]}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField
          control={control}
          name="historyWindow"
          label={t('aiAgents.historyWindow')}
          help={t('aiAgents.historyWindowHint')}
          type="number"
          numeric
          limits={{ min: 1, max: 50 }}
          fullWidth
          slotProps={{ htmlInput: { min: 1, max: 50 } }}
        />
        <FormTextField
          control={control}
          name="maxTurns"
          label={t('aiAgents.maxTurns')}
          help={t('aiAgents.maxTurnsHint')}
          type="number"
          numeric
          limits={{ min: 1, max: 100 }}
          fullWidth
          slotProps={{ htmlInput: { min: 1, max: 100 } }}
        />
      </Stack>

      <FormSection>{t('aiAgents.sections.handoff')}</FormSection>
      <FormTextField
        control={control}
        name="handoffMessage"
        label={t('aiAgents.handoffMessage')}
        limits={{ max: LIMITS.handoffMessage }}
        help={t('aiAgents.handoffMessageHint')}
        required
        multiline
        minRows={2}
      />
      <KeywordsField control={control} />
      <SliderField
        control={control}
        name="confidenceThreshold"
        label={t('aiAgents.confidenceThreshold')}
        help={t('aiAgents.confidenceThresholdHint')}
        min={0}
        max={1}
        step={0.05}
        format={(v) => percent.format(v)}
        ends={[t('aiAgents.confidenceLow'), t('aiAgents.confidenceHigh')]}
      />

      <FormSection>{t('aiAgents.sections.audio')}</FormSection>
      <FormSwitch control={control} name="transcribeAudio" label={t('aiAgents.transcribeAudio')} help={t('aiAgents.transcribeAudioHint')} />
      {transcribeAudio ? (
        <FormTextField
          control={control}
          name="transcriptionModel"
          label={t('aiAgents.transcriptionModel')}
          limits={{ max: LIMITS.model }}
          help={t('aiAgents.transcriptionModelHint')}
          required
          autoComplete="off"
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
        />
      ) : null}
    </FormDialog>
  );
}
