import Cancel from '@mui/icons-material/CancelOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Pause from '@mui/icons-material/PauseCircleOutlined';
import PlayArrow from '@mui/icons-material/PlayCircleOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useFeedback } from '../common/FeedbackContext';
import { RowAction } from '../common/RowAction';
import { errorMessage } from '../i18n/errorMessage';
import { campaignsApi, dropCampaign, putCampaign, type Campaign } from './campaignsApi';

type Action = 'pause' | 'resume' | 'cancel' | 'delete';

/** What can be done to a campaign in its status (the server refuses the rest with ERR_CAMPAIGN_STATE). */
export function actionsOf(campaign: Campaign): Action[] {
  switch (campaign.status) {
    case 'draft':
      return ['delete'];
    case 'scheduled':
    case 'running':
      return ['pause', 'cancel'];
    case 'paused':
      return ['resume', 'cancel'];
    default:
      return [];
  }
}

const DONE: Record<Action, string> = { pause: 'campaigns.paused', resume: 'campaigns.resumed', cancel: 'campaigns.cancelled', delete: 'campaigns.deleted' };

/**
 * Pause / resume / cancel (asked first: it cannot be undone) / delete a draft (asked first), as icons in a
 * list row or as buttons in the campaign page's header. Refusals show the translated ERR_* text.
 */
export function CampaignActions({ campaign, variant }: { campaign: Campaign; variant: 'icons' | 'buttons' }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState<'cancel' | 'delete' | null>(null);
  const run = useMutation({
    mutationFn: async (action: Action) => {
      if (action === 'delete') {
        await campaignsApi.remove(campaign.id);
        dropCampaign(client, campaign.id);
      } else {
        putCampaign(client, await campaignsApi[action](campaign.id));
      }
      return action;
    },
    onSuccess: (action) => {
      notify(t(DONE[action]), 'success');
      setConfirming(null);
    },
    onError: (error) => {
      notify(errorMessage(t, error), 'error');
      setConfirming(null);
    },
  });
  const actions = actionsOf(campaign);
  const name = { name: campaign.name };
  const ask = (action: Action) => (action === 'cancel' || action === 'delete' ? setConfirming(action) : run.mutate(action));
  const icon = {
    pause: <Pause fontSize="small" />,
    resume: <PlayArrow fontSize="small" />,
    cancel: <Cancel fontSize="small" />,
    delete: <DeleteOutline fontSize="small" />,
  };
  const rowLabel = { pause: 'campaigns.pauseOf', resume: 'campaigns.resumeOf', cancel: 'campaigns.cancelOf', delete: 'campaigns.deleteOf' } as const;
  const buttonLabel = { pause: 'campaigns.pause', resume: 'campaigns.resume', cancel: 'campaigns.cancel', delete: 'common.delete' } as const;

  return (
    <>
      {variant === 'icons' ? (
        actions.map((action) => (
          <RowAction
            key={action}
            label={t(rowLabel[action], name)}
            icon={icon[action]}
            danger={action === 'cancel' || action === 'delete'}
            disabled={run.isPending}
            onClick={() => ask(action)}
          />
        ))
      ) : (
        <Stack direction="row" spacing={1}>
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === 'resume' ? 'contained' : 'outlined'}
              color={action === 'cancel' || action === 'delete' ? 'error' : 'primary'}
              startIcon={icon[action]}
              loading={run.isPending && run.variables === action}
              disabled={run.isPending}
              onClick={() => ask(action)}
            >
              {t(buttonLabel[action])}
            </Button>
          ))}
        </Stack>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={t(confirming === 'delete' ? 'campaigns.deleteTitle' : 'campaigns.cancelTitle')}
        body={t(confirming === 'delete' ? 'campaigns.deleteBody' : 'campaigns.cancelBody', name)}
        confirmLabel={t(confirming === 'delete' ? 'common.delete' : 'campaigns.cancel')}
        dismissLabel={t('campaigns.keep')}
        destructive
        busy={run.isPending}
        onConfirm={() => confirming && run.mutate(confirming)}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
