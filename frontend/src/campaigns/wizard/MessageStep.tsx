import Add from '@mui/icons-material/Add';
import AttachFile from '@mui/icons-material/AttachFileOutlined';
import Close from '@mui/icons-material/Close';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../common/useDebouncedValue';
import { errorMessage } from '../../i18n/errorMessage';
import { VariableButtons } from '../../quickReplies/VariableButtons';
import { campaignsApi, campaignsKey, type CampaignTarget } from '../campaignsApi';
import type { StepProps } from './AudienceStep';
import { BODY_MAX, MAX_VARIANTS, targetIsEmpty, targetOf } from './campaignDraft';
import { WhatsAppBubble } from './WhatsAppBubble';

/** The variants filled in by the server for a sample contact of the audience, once the typing stops. */
function usePreview(target: CampaignTarget, bodies: string[]) {
  // Debounced as text: an object made anew on every render would restart the wait on every render, and any
  // render more often than the wait (the wizard re-renders as the audience count and drafts load) meant no preview.
  const settledText = useDebouncedValue(JSON.stringify({ target, bodies }), 500);
  const settled = useMemo(() => JSON.parse(settledText) as { target: CampaignTarget; bodies: string[] }, [settledText]);
  const messages = settled.bodies.map((body) => ({ body }));
  return useQuery({
    queryKey: [...campaignsKey, 'preview', settled],
    queryFn: ({ signal }) => campaignsApi.preview({ target: settled.target, messages }, signal),
    enabled: !targetIsEmpty(settled.target) && settled.bodies.some((body) => body.trim() !== ''),
    placeholderData: keepPreviousData,
  });
}

/** Step 2: 1–5 variants with the quick replies' variables, one optional file, and each variant as the customer will see it. */
export function MessageStep({ draft, change, errors }: StepProps) {
  const { t } = useTranslation();
  const fields = useRef<(HTMLTextAreaElement | HTMLInputElement | null)[]>([]);
  const [focused, setFocused] = useState(0);
  const preview = usePreview(targetOf(draft), draft.bodies);
  const fileName = draft.file?.name ?? (draft.removeMedia ? null : (draft.media?.fileName ?? null));
  const sample = preview.data?.contact ?? null;

  const setBody = (index: number, body: string) => change({ bodies: draft.bodies.map((b, k) => (k === index ? body : b)) });
  /** Puts the variable where the cursor is in the variant last written in, then the cursor after it. */
  const insert = (token: string) => {
    const index = Math.min(focused, draft.bodies.length - 1);
    const text = draft.bodies[index] ?? '';
    const field = fields.current[index];
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    setBody(index, text.slice(0, start) + token + text.slice(end));
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <Stack spacing={2.5}>
      <Typography color="text.secondary">{t('campaigns.wizard.variantsHint')}</Typography>
      <VariableButtons onInsert={insert} />
      {preview.isError ? <Alert severity="warning">{`${t('campaigns.wizard.previewFailed')} ${errorMessage(t, preview.error)}`}</Alert> : null}
      {draft.bodies.map((body, index) => {
        const n = index + 1;
        const error = errors[`bodies.${index}`];
        const rendered = preview.data?.bodies[index];
        return (
          <Paper key={index} variant="outlined" sx={{ p: 2 }}>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 7 }}>
                <Stack spacing={1}>
                  {draft.bodies.length > 1 ? (
                    <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: -1 }}>
                      <Button
                        size="small"
                        color="error"
                        startIcon={<DeleteOutline fontSize="small" />}
                        aria-label={t('campaigns.wizard.removeVariant', { n })}
                        onClick={() => {
                          change({ bodies: draft.bodies.filter((_, k) => k !== index) });
                          setFocused(0);
                        }}
                      >
                        {t('common.delete')}
                      </Button>
                    </Stack>
                  ) : null}
                  <TextField
                    label={t('campaigns.wizard.variant', { n })}
                    value={body}
                    onChange={(e) => setBody(index, e.target.value)}
                    onFocus={() => setFocused(index)}
                    inputRef={(element: HTMLTextAreaElement | HTMLInputElement | null) => {
                      fields.current[index] = element;
                    }}
                    multiline
                    minRows={4}
                    required
                    error={Boolean(error)}
                    helperText={error ? t(error, { max: BODY_MAX }) : `${body.length.toLocaleString()} / ${BODY_MAX.toLocaleString()}`}
                  />
                </Stack>
              </Grid>
              <Grid size={{ xs: 12, md: 5 }}>
                <Stack spacing={0.5}>
                  <Typography variant="caption" color="text.secondary">
                    {sample ? t('campaigns.wizard.previewFor', { name: sample.name }) : t('campaigns.wizard.preview')}
                  </Typography>
                  <WhatsAppBubble
                    label={t('campaigns.wizard.previewOf', { n })}
                    text={rendered ?? body}
                    fileName={fileName}
                    loading={preview.isFetching && rendered === undefined}
                  />
                </Stack>
              </Grid>
            </Grid>
          </Paper>
        );
      })}
      {preview.data && !sample ? (
        <Typography variant="caption" color="text.secondary">
          {t('campaigns.wizard.previewNoContact')}
        </Typography>
      ) : null}
      {draft.bodies.length < MAX_VARIANTS ? (
        <Box>
          <Button startIcon={<Add />} onClick={() => change({ bodies: [...draft.bodies, ''] })}>
            {t('campaigns.wizard.addVariant')}
          </Button>
        </Box>
      ) : null}
      <Stack spacing={1}>
        <Typography variant="subtitle2">{t('campaigns.wizard.file')}</Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Button component="label" variant="outlined" startIcon={<AttachFile />}>
            {fileName ? t('campaigns.wizard.replaceFile') : t('campaigns.wizard.attach')}
            <input
              hidden
              type="file"
              aria-label={t('campaigns.wizard.attach')}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) change({ file, removeMedia: false });
              }}
            />
          </Button>
          {fileName ? (
            <Chip
              label={fileName}
              onDelete={() => change({ file: null, removeMedia: draft.media !== null })}
              deleteIcon={
                <Tooltip title={t('campaigns.wizard.removeFile')}>
                  <Close aria-label={t('campaigns.wizard.removeFile')} />
                </Tooltip>
              }
            />
          ) : null}
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {t('campaigns.wizard.fileHint')}
        </Typography>
      </Stack>
    </Stack>
  );
}
