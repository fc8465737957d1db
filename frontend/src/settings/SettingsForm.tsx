import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AiAgentPicker } from '../aiAgents/AiAgentPicker';
import { useFeedback } from '../common/FeedbackContext';
import { FormSwitch } from '../common/form/FormSwitch';
import { errorMessage } from '../i18n/errorMessage';
import { TEMPLATE_VARIABLES } from '../quickReplies/quickRepliesApi';
import { BusinessHoursField } from './BusinessHoursField';
import { SettingNumber, SettingText } from './SettingFields';
import { normalizeSchedule, scheduleProblems } from '../queues/businessHours';
import type { Settings } from './settingsApi';
import { useSaveSettings } from './settingsQuery';
import { KEYWORD_LIMITS, SETTING_LIMITS, TEXT_LIMITS, formValuesOf, settingsOf, settingsSchema, type SettingsFormValues } from './settingsSchema';

const VARIABLES = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ');

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id={headingId} variant="h2" sx={{ fontSize: 18, fontWeight: 600, mb: 2 }}>
        {title}
      </Typography>
      <Stack spacing={2.5}>{children}</Stack>
    </Paper>
  );
}

// The switch each number hangs on: off, the setting is null (no cap, no budget).
const SWITCHES = { userMaxOpenTickets: 'limitOpenTickets', aiMonthlyTokenBudget: 'limitAiTokens' } as const;

/** A number that counts only while its switch is on: the switch with its explanation, then the number under it. */
function SwitchedNumber({ control, name, unit }: { control: Control<SettingsFormValues>; name: keyof typeof SWITCHES; unit: string }) {
  const { t } = useTranslation();
  const on = useWatch({ control, name: SWITCHES[name] });
  return (
    <>
      <FormSwitch control={control} name={SWITCHES[name]} label={t(`settings.${name}.switch`)} help={t(`settings.${name}.help`)} />
      {on ? (
        <Box sx={{ pl: { sm: 6 } }}>
          <SettingNumber
            control={control}
            name={name}
            label={t(`settings.${name}.label`)}
            unit={unit}
            limits={SETTING_LIMITS[name]}
            help={t(`settings.${name}.numberHelp`)}
          />
        </Box>
      ) : null}
    </>
  );
}

/** Every company setting the backend knows, grouped by topic, saved together (all or none). */
export function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const save = useSaveSettings();
  const [serverError, setServerError] = useState<unknown>(null);
  const { control, handleSubmit, reset, formState } = useForm<SettingsFormValues>({
    resolver: zodResolver(settingsSchema),
    defaultValues: formValuesOf(settings),
  });
  const { isSubmitting, isDirty } = formState;
  const businessHours = useWatch({ control, name: 'businessHours' });
  const problems = scheduleProblems(businessHours);
  const hasProblems = Object.keys(problems).length > 0;

  const submit = handleSubmit(async (values) => {
    if (hasProblems) return;
    setServerError(null);
    try {
      const hours = values.businessHours ? normalizeSchedule(values.businessHours) : null;
      const saved = await save.mutateAsync(settingsOf(values, hours));
      reset(formValuesOf(saved));
      notify(t('settings.saved'));
    } catch (error) {
      setServerError(error);
      notify(errorMessage(t, error), 'error');
    }
  });

  return (
    <form noValidate onSubmit={submit} aria-label={t('settings.formLabel')}>
      <Stack spacing={3}>
        {serverError ? <Alert severity="error">{errorMessage(t, serverError)}</Alert> : null}

        <Section title={t('settings.sections.tickets')}>
          <SettingNumber
            control={control}
            name="reopenWindowMinutes"
            label={t('settings.reopenWindowMinutes.label')}
            unit={t('settings.minutes')}
            limits={SETTING_LIMITS.reopenWindowMinutes}
            help={t('settings.reopenWindowMinutes.help')}
          />
          <FormSwitch
            control={control}
            name="pendingWithoutQueueVisibleToAll"
            label={t('settings.pendingWithoutQueueVisibleToAll.label')}
            help={t('settings.pendingWithoutQueueVisibleToAll.help')}
          />
          <SwitchedNumber control={control} name="userMaxOpenTickets" unit={t('settings.tickets')} />
          <FormSwitch control={control} name="attendantSignature" label={t('settings.attendantSignature.label')} help={t('settings.attendantSignature.help')} />
          <SettingNumber
            control={control}
            name="pendingAlertMinutes"
            label={t('settings.pendingAlertMinutes.label')}
            unit={t('settings.minutes')}
            limits={SETTING_LIMITS.pendingAlertMinutes}
            help={t('settings.pendingAlertMinutes.help')}
          />
        </Section>

        <Section title={t('settings.sections.businessHours')}>
          <Controller
            control={control}
            name="businessHours"
            render={({ field }) => <BusinessHoursField value={field.value ?? null} onChange={field.onChange} problems={problems} />}
          />
          <SettingText
            control={control}
            name="outOfHoursMessage"
            label={t('settings.outOfHoursMessage.label')}
            limits={{ max: TEXT_LIMITS.outOfHoursMessage }}
            help={t('settings.outOfHoursMessage.help', { variables: VARIABLES })}
          />
        </Section>

        <Section title={t('settings.sections.chatbot')}>
          <SettingNumber
            control={control}
            name="chatbotTimeoutMinutes"
            label={t('settings.chatbotTimeoutMinutes.label')}
            unit={t('settings.minutes')}
            limits={SETTING_LIMITS.chatbotTimeoutMinutes}
            help={t('settings.chatbotTimeoutMinutes.help')}
          />
          <SettingText
            control={control}
            name="chatbotInvalidOptionMessage"
            label={t('settings.chatbotInvalidOptionMessage.label')}
            limits={{ max: TEXT_LIMITS.chatbotInvalidOptionMessage }}
            help={t('settings.chatbotInvalidOptionMessage.help')}
            minRows={1}
          />
        </Section>

        <Section title={t('settings.sections.ai')}>
          <Controller
            control={control}
            name="aiAssistAgentId"
            render={({ field }) => (
              <AiAgentPicker
                label={t('settings.aiAssistAgentId.label')}
                value={field.value}
                onChange={field.onChange}
                help={t('settings.aiAssistAgentId.help')}
              />
            )}
          />
          <SwitchedNumber control={control} name="aiMonthlyTokenBudget" unit={t('settings.aiMonthlyTokenBudget.unit')} />
        </Section>

        <Section title={t('settings.sections.campaigns')}>
          <SettingText
            control={control}
            name="optOutKeywords"
            label={t('settings.optOutKeywords.label')}
            limits={KEYWORD_LIMITS}
            help={t('settings.optOutKeywords.help')}
            minRows={1}
          />
          <SettingText
            control={control}
            name="optOutConfirmation"
            label={t('settings.optOutConfirmation.label')}
            limits={{ max: TEXT_LIMITS.optOutConfirmation }}
            help={t('settings.optOutConfirmation.help', { variables: VARIABLES })}
          />
        </Section>

        <Section title={t('settings.sections.calls')}>
          <FormSwitch
            control={control}
            name="callAutoReplyEnabled"
            label={t('settings.callAutoReplyEnabled.label')}
            help={t('settings.callAutoReplyEnabled.help')}
          />
          <SettingText
            control={control}
            name="callAutoReplyMessage"
            label={t('settings.callAutoReplyMessage.label')}
            limits={{ max: TEXT_LIMITS.callAutoReplyMessage }}
            help={t('settings.callAutoReplyMessage.help', { variables: VARIABLES })}
            minRows={1}
          />
        </Section>

        <Section title={t('settings.sections.csat')}>
          <FormSwitch control={control} name="csatEnabled" label={t('settings.csatEnabled.label')} help={t('settings.csatEnabled.help')} />
          <SettingText
            control={control}
            name="csatQuestion"
            label={t('settings.csatQuestion.label')}
            limits={{ max: TEXT_LIMITS.csatQuestion }}
            help={t('settings.csatQuestion.help', { variables: VARIABLES })}
            minRows={1}
          />
          <SettingText
            control={control}
            name="csatThanks"
            label={t('settings.csatThanks.label')}
            limits={{ max: TEXT_LIMITS.csatThanks }}
            help={t('settings.csatThanks.help')}
            minRows={1}
          />
          <SettingNumber
            control={control}
            name="csatExpiryMinutes"
            label={t('settings.csatExpiryMinutes.label')}
            unit={t('settings.minutes')}
            limits={SETTING_LIMITS.csatExpiryMinutes}
            help={t('settings.csatExpiryMinutes.help')}
          />
        </Section>

        <Section title={t('settings.sections.api')}>
          <FormSwitch control={control} name="apiSendOpensTicket" label={t('settings.apiSendOpensTicket.label')} help={t('settings.apiSendOpensTicket.help')} />
          <FormSwitch
            control={control}
            name="apiAllowLocalMediaUrls"
            label={t('settings.apiAllowLocalMediaUrls.label')}
            help={t('settings.apiAllowLocalMediaUrls.help')}
          />
        </Section>

        {/* Stays in view at the bottom of a long form, so saving never needs a scroll. */}
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ justifyContent: 'flex-end', alignItems: { sm: 'center' }, position: 'sticky', bottom: 0, py: 1.5, bgcolor: 'background.default', zIndex: 1 }}
        >
          {hasProblems ? <Alert severity="warning">{t('queues.hours.fixProblems')}</Alert> : null}
          <Button onClick={() => reset(formValuesOf(settings))} disabled={!isDirty || isSubmitting}>
            {t('settings.discard')}
          </Button>
          <Button type="submit" variant="contained" loading={isSubmitting} disabled={hasProblems}>
            {t('common.save')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
