import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../common/form/FormSection';
import type { AiAgent } from './aiAgentsApi';
import { ConnectionCheck } from './ConnectionCheck';
import { Playground } from './Playground';

/** Trying an agent: its connection first, then a conversation. null closes the dialog. */
export function AiAgentTestDialog({ agent, onClose }: { agent: AiAgent | null; onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // Keep the last agent while the dialog animates out, so its content does not vanish mid-transition.
  const [shown, setShown] = useState<AiAgent | null>(agent);
  if (agent !== null && agent !== shown) setShown(agent);

  return (
    <Dialog open={agent !== null} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm" fullScreen={phone}>
      <DialogTitle id={titleId}>{shown ? t('aiTest.title', { name: shown.name }) : ''}</DialogTitle>
      {shown ? (
        <DialogContent dividers>
          <Stack spacing={2}>
            {shown.enabled ? null : <Alert severity="info">{t('aiTest.disabled')}</Alert>}
            <FormSection>{t('aiTest.sections.connection')}</FormSection>
            {/* A saved change of address, key or model is a new check. */}
            <ConnectionCheck key={`${shown.id}:${shown.updatedAt}`} agent={shown} />
            <FormSection>{t('aiTest.sections.playground')}</FormSection>
            <Playground key={shown.id} agent={shown} />
          </Stack>
        </DialogContent>
      ) : null}
      <DialogActions sx={{ px: 3, py: 2 }}>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
