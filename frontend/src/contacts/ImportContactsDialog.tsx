import UploadFile from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../common/FeedbackContext';
import { useChanged } from '../common/useChanged';
import { errorMessage } from '../i18n/errorMessage';
import { ImportReportView } from './ImportReportView';
import { contactsApi } from './contactsApi';
import { refetchContactLists, refetchTagOptions } from './contactsQuery';
import type { ImportReport } from './contactTypes';

interface ImportContactsDialogProps {
  open: boolean;
  onClose(): void;
  /** Import into this contact list too (every imported or matched contact joins it). */
  contactListId?: number | null;
  /** After the real import, for the screen that opened it to refresh what the import changed (a list's size). */
  onImported?(): void;
  /** A line on top saying where the contacts go (the list's page). */
  intro?: string;
}

type Step =
  | { name: 'pick'; error: unknown }
  | { name: 'checking'; file: File }
  | { name: 'preview'; file: File; report: ImportReport; error: unknown }
  | { name: 'importing'; file: File; report: ImportReport }
  | { name: 'done'; report: ImportReport };

const PICK: Step = { name: 'pick', error: null };

/**
 * Pick a file → the server checks it without writing (dryRun) → the preview with every row it would skip
 * and why → confirm → the real import → the final report. The file is sent again on confirm, so what is
 * imported is judged against the address book as it is then, not as it was during the preview.
 */
export function ImportContactsDialog({ open, onClose, contactListId = null, onImported, intro }: ImportContactsDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const client = useQueryClient();
  const { notify } = useFeedback();
  const [step, setStep] = useState<Step>(PICK);
  if (useChanged(open) && open) setStep(PICK);

  async function check(file: File) {
    setStep({ name: 'checking', file });
    try {
      setStep({ name: 'preview', file, report: await contactsApi.importCsv(file, true, contactListId), error: null });
    } catch (error) {
      setStep({ name: 'pick', error });
    }
  }

  async function confirm(file: File, preview: ImportReport) {
    setStep({ name: 'importing', file, report: preview });
    try {
      const report = await contactsApi.importCsv(file, false, contactListId);
      onImported?.();
      setStep({ name: 'done', report });
      notify(t('contacts.import.finished', { count: report.summary.imported }));
      await Promise.all([refetchContactLists(client), report.newTags.length > 0 ? refetchTagOptions(client) : undefined]);
    } catch (error) {
      setStep({ name: 'preview', file, report: preview, error });
    }
  }

  const busy = step.name === 'checking' || step.name === 'importing';
  const report = 'report' in step ? step.report : null;

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t(step.name === 'done' ? 'contacts.import.doneTitle' : 'contacts.import.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {intro && step.name !== 'done' ? <Alert severity="info">{intro}</Alert> : null}
          {step.name === 'pick' || step.name === 'checking' ? (
            <>
              <DialogContentText>{t('contacts.import.help')}</DialogContentText>
              <Typography variant="body2" component="code" sx={{ p: 1, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto' }}>
                {t('contacts.import.example')}
              </Typography>
              {step.name === 'pick' && step.error ? <Alert severity="error">{errorMessage(t, step.error)}</Alert> : null}
              <Button component="label" variant="outlined" startIcon={<UploadFile />} disabled={busy} sx={{ alignSelf: 'flex-start' }}>
                {t('contacts.import.pickFile')}
                <input
                  hidden
                  type="file"
                  accept=".csv,text/csv,text/plain"
                  aria-label={t('contacts.import.pickFile')}
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = ''; // picking the same file again (after fixing it) must fire again
                    if (file) void check(file);
                  }}
                />
              </Button>
            </>
          ) : null}
          {busy ? <LinearProgress aria-label={t(step.name === 'checking' ? 'contacts.import.checking' : 'contacts.import.importing')} /> : null}
          {step.name === 'preview' || step.name === 'importing' ? (
            <Typography variant="body2">{t('contacts.import.previewOf', { file: step.file.name })}</Typography>
          ) : null}
          {step.name === 'preview' && step.error ? <Alert severity="error">{errorMessage(t, step.error)}</Alert> : null}
          {report && step.name !== 'checking' ? <ImportReportView report={report} /> : null}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {step.name === 'done' ? (
          <Button variant="contained" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            {step.name === 'preview' ? <Button onClick={() => setStep(PICK)}>{t('contacts.import.otherFile')}</Button> : null}
            <Button onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            {step.name === 'preview' || step.name === 'importing' ? (
              <Button
                variant="contained"
                loading={step.name === 'importing'}
                disabled={step.report.summary.ok === 0}
                onClick={() => step.name === 'preview' && void confirm(step.file, step.report)}
              >
                {t('contacts.import.confirm', { count: step.report.summary.ok })}
              </Button>
            ) : null}
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
