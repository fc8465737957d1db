import ArrowBack from '@mui/icons-material/ArrowBack';
import Send from '@mui/icons-material/SendOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../common/ConfirmDialog';
import { useFeedback } from '../../common/FeedbackContext';
import { useNow } from '../../common/useNow';
import { useConnections } from '../../connections/connectionsQuery';
import { errorMessage } from '../../i18n/errorMessage';
import { campaignsApi, putCampaign, type Campaign } from '../campaignsApi';
import { AudienceStep, useAudience } from './AudienceStep';
import { STEPS, draftErrors, draftOf, emptyDraft, inputOf, targetOf, type CampaignDraft, type Step as StepName } from './campaignDraft';
import { MessageStep } from './MessageStep';
import { SendingStep } from './SendingStep';

/**
 * The campaign wizard: audience → message → sending, over one draft. "Salvar rascunho" creates (or updates)
 * the draft, then uploads its file (the server takes a file only for a campaign that exists); "Iniciar" does
 * the same, asks for confirmation with the count, then starts it and opens the live page. A draft saved
 * before a failure stays saved: the next try updates it instead of creating another.
 */
export function CampaignWizard({ campaign = null }: { campaign?: Campaign | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { notify } = useFeedback();
  const connections = useConnections();
  const [id, setId] = useState<number | null>(campaign?.id ?? null);
  const [draft, setDraft] = useState<CampaignDraft | null>(campaign ? draftOf(campaign) : null);
  const [step, setStep] = useState(0);
  const [shown, setShown] = useState<Set<StepName>>(new Set());
  const [confirming, setConfirming] = useState(false);

  // A new campaign starts from the default connection, once the connections are known.
  const defaultId = connections.data?.find((c) => c.isDefault)?.id ?? connections.data?.[0]?.id ?? null;
  if (draft === null && (connections.isSuccess || connections.isError)) setDraft(emptyDraft(defaultId));
  const form = draft ?? emptyDraft(null);
  const change = (patch: Partial<CampaignDraft>) => setDraft({ ...form, ...patch });
  const target = targetOf(form);
  const audience = useAudience(target);
  const eligible = audience.data?.eligible ?? null;
  // "In the future" is judged against a clock re-read every half minute (the form may stay open a while).
  const now = useNow(30_000);
  const errors = draftErrors(form, now);
  const stepErrors = (name: StepName) => (shown.has(name) ? errors[name] : {});

  const save = useMutation({
    mutationFn: async (start: boolean) => {
      const input = inputOf(form);
      let saved = id === null ? await campaignsApi.create(input) : await campaignsApi.update(id, input);
      setId(saved.id);
      if (form.file) saved = await campaignsApi.uploadMedia(saved.id, form.file);
      else if (form.removeMedia && saved.media) saved = await campaignsApi.removeMedia(saved.id);
      setDraft({ ...form, file: null, media: saved.media, removeMedia: false });
      putCampaign(client, saved);
      if (start) {
        saved = await campaignsApi.start(saved.id);
        putCampaign(client, saved);
      }
      return { saved, start };
    },
    onSuccess: ({ saved, start }) => {
      if (start) {
        notify(t(saved.status === 'scheduled' ? 'campaigns.scheduledOk' : 'campaigns.started'), 'success');
        void navigate(`/campaigns/${saved.id}`);
      } else {
        notify(t('campaigns.saved'), 'success');
        void navigate('/campaigns');
      }
    },
    onSettled: () => setConfirming(false),
  });

  /** Shows the problems of the given steps; true when they have none, otherwise goes to the first step with one. */
  function check(names: readonly StepName[]): boolean {
    setShown(new Set([...shown, ...names]));
    const wrong = names.find((name) => Object.keys(errors[name]).length > 0);
    if (wrong) setStep(STEPS.indexOf(wrong));
    return wrong === undefined;
  }

  const next = () => {
    if (check([STEPS[step]!])) setStep(step + 1);
  };
  // A draft needs what the server checks on every save (a name and the texts), not yet a connection or an audience.
  const saveDraft = () => {
    setShown(new Set([...shown, 'audience', 'message']));
    const wrong = errors.audience.name
      ? 0
      : Object.keys(errors.message).length > 0
        ? 1
        : Object.keys(errors.sending).some((k) => k !== 'whatsappId')
          ? 2
          : null;
    if (wrong !== null) {
      if (wrong === 2) setShown(new Set([...shown, 'audience', 'message', 'sending']));
      setStep(wrong);
      return;
    }
    save.mutate(false);
  };
  const askStart = () => {
    if (check(STEPS)) setConfirming(true);
  };

  const last = step === STEPS.length - 1;
  const connectionName = connections.data?.find((c) => String(c.id) === form.whatsappId)?.name ?? '';
  const when =
    form.when === 'later' && form.scheduledAt ? new Date(form.scheduledAt).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' }) : null;
  const confirmBody = [
    t('campaigns.wizard.confirmBody', { count: eligible ?? 0, connection: connectionName }),
    when ? t('campaigns.wizard.confirmScheduled', { when }) : '',
  ]
    .join(' ')
    .trim();

  return (
    <Stack spacing={3} sx={{ maxWidth: 960, mx: 'auto' }}>
      <Box>
        <Link component={RouterLink} to="/campaigns" underline="hover" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 1 }}>
          <ArrowBack fontSize="small" />
          {t('campaigns.live.back')}
        </Link>
        <Typography variant="h1">{campaign ? t('campaigns.wizard.editTitle') : t('campaigns.wizard.newTitle')}</Typography>
      </Box>
      <Stepper nonLinear activeStep={step} alternativeLabel>
        {STEPS.map((name, index) => (
          <Step key={name} completed={index < step && Object.keys(errors[name]).length === 0}>
            <StepButton onClick={() => (index < step || check(STEPS.slice(0, index)) ? setStep(index) : undefined)}>
              {t(`campaigns.wizard.steps.${name}`)}
            </StepButton>
          </Step>
        ))}
      </Stepper>
      <Paper
        variant="outlined"
        component="form"
        noValidate
        aria-label={t(`campaigns.wizard.steps.${STEPS[step]!}`)}
        onSubmit={(e) => e.preventDefault()}
        sx={{ p: { xs: 2, sm: 3 } }}
      >
        <Stack spacing={2}>
          {save.error ? <Alert severity="error">{errorMessage(t, save.error)}</Alert> : null}
          {step === 0 ? <AudienceStep draft={form} change={change} errors={stepErrors('audience')} audience={audience} /> : null}
          {step === 1 ? <MessageStep draft={form} change={change} errors={stepErrors('message')} /> : null}
          {step === 2 ? <SendingStep draft={form} change={change} errors={stepErrors('sending')} eligible={eligible} /> : null}
        </Stack>
      </Paper>
      <Stack direction={{ xs: 'column-reverse', sm: 'row' }} spacing={1} sx={{ justifyContent: 'space-between' }}>
        <Button disabled={step === 0 || save.isPending} onClick={() => setStep(step - 1)}>
          {t('campaigns.wizard.back')}
        </Button>
        <Stack direction={{ xs: 'column-reverse', sm: 'row' }} spacing={1}>
          <Button variant="outlined" loading={save.isPending && save.variables === false} disabled={save.isPending} onClick={saveDraft}>
            {t('campaigns.wizard.saveDraft')}
          </Button>
          {last ? (
            <Button variant="contained" startIcon={<Send />} disabled={save.isPending} onClick={askStart}>
              {form.when === 'later' ? t('campaigns.wizard.schedule') : t('campaigns.wizard.start')}
            </Button>
          ) : (
            <Button variant="contained" onClick={next} disabled={save.isPending}>
              {t('campaigns.wizard.next')}
            </Button>
          )}
        </Stack>
      </Stack>
      <ConfirmDialog
        open={confirming}
        title={t('campaigns.wizard.confirmTitle')}
        body={confirmBody}
        confirmLabel={form.when === 'later' ? t('campaigns.wizard.schedule') : t('campaigns.wizard.start')}
        dismissLabel={t('campaigns.keep')}
        busy={save.isPending}
        onConfirm={() => save.mutate(true)}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
