import { useQueryClient } from '@tanstack/react-query';
import { useSocketEvent } from '../realtime/useSocketEvent';
import { dropCampaign, putCampaign } from './campaignsApi';

/**
 * Campaigns as the server announces them (created, edited, started, paused, counts moving about once a second
 * while sending): the event carries the whole campaign with its stats, so the cached list and page are
 * replaced in place, without asking again.
 */
export function useCampaignEvents(): void {
  const client = useQueryClient();
  useSocketEvent('campaign', ({ action, campaign }) => {
    if (action === 'deleted') dropCampaign(client, campaign.id);
    else putCampaign(client, campaign);
  });
}
