import AutoAwesomeOutlined from '@mui/icons-material/AutoAwesomeOutlined';
import Cancel from '@mui/icons-material/Cancel';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { canReadUsers } from '../../auth/permissions';
import { useConnections } from '../../connections/connectionsQuery';
import { useQueues } from '../queuesQuery';
import { ColorDot } from './ColorDot';
import { useAttendants, useTags } from './inboxLookups';
import { activeFilterCount, WITHOUT_QUEUE, type TicketFilters } from './ticketFilters';

interface ActiveChip {
  key: string;
  label: string;
  color?: string;
  icon?: ReactElement;
  remove(): TicketFilters;
}

interface ActiveFilterChipsProps {
  filters: TicketFilters;
  onChange(next: TicketFilters): void;
}

/** One chip per active filter, each removable, so what narrows the list is always in sight. */
export function ActiveFilterChips(props: ActiveFilterChipsProps) {
  // Names and colors are fetched only when there is something to show.
  return activeFilterCount(props.filters) ? <Chips {...props} /> : null;
}

function Chips({ filters, onChange }: ActiveFilterChipsProps) {
  const { t } = useTranslation();
  const { user: me } = useAuth();
  const queues = useQueues();
  const tags = useTags();
  const connections = useConnections();
  const attendants = useAttendants(canReadUsers(me));
  const chips: ActiveChip[] = [
    ...filters.queueIds.map((id) => {
      const queue = queues.data?.find((q) => q.id === id);
      const name = id === WITHOUT_QUEUE ? t('inbox.filters.withoutQueue') : (queue?.name ?? `#${id}`);
      return {
        key: `q${id}`,
        label: t('inbox.filters.queueChip', { name }),
        color: queue?.color,
        remove: () => ({ ...filters, queueIds: filters.queueIds.filter((q) => q !== id) }),
      };
    }),
    ...filters.tagIds.map((id) => {
      const tag = tags.data?.find((x) => x.id === id);
      return {
        key: `t${id}`,
        label: t('inbox.filters.tagChip', { name: tag?.name ?? `#${id}` }),
        color: tag?.color,
        remove: () => ({ ...filters, tagIds: filters.tagIds.filter((x) => x !== id) }),
      };
    }),
  ];
  if (filters.userId) {
    const name = attendants.data?.find((u) => u.id === filters.userId)?.name ?? `#${filters.userId}`;
    chips.push({ key: 'u', label: t('inbox.filters.attendantChip', { name }), remove: () => ({ ...filters, userId: null }) });
  }
  if (filters.whatsappId) {
    const name = connections.data?.find((c) => c.id === filters.whatsappId)?.name ?? `#${filters.whatsappId}`;
    chips.push({ key: 'w', label: t('inbox.filters.connectionChip', { name }), remove: () => ({ ...filters, whatsappId: null }) });
  }
  if (filters.bot) chips.push({ key: 'bot', label: t('aiInbox.chip'), icon: <AutoAwesomeOutlined />, remove: () => ({ ...filters, bot: false }) });
  if (filters.lead) {
    chips.push({ key: 'lead', label: t('lead.filterChip', { bucket: t(`lead.bucket.${filters.lead}`) }), remove: () => ({ ...filters, lead: undefined }) });
  }
  return (
    <Stack direction="row" component="ul" aria-label={t('inbox.filters.active')} sx={{ flexWrap: 'wrap', gap: 0.5, listStyle: 'none', p: 0, m: 0, mt: 1 }}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <Chip
            size="small"
            label={chip.label}
            aria-label={chip.label}
            icon={chip.color ? <ColorDot color={chip.color} /> : chip.icon}
            onDelete={() => onChange(chip.remove())}
            // The chip itself takes Delete/Backspace from the keyboard; the icon names what a click removes.
            deleteIcon={<Cancel titleAccess={t('inbox.filters.remove', { label: chip.label })} />}
          />
        </li>
      ))}
    </Stack>
  );
}
