import Checkbox from '@mui/material/Checkbox';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { canReadUsers, canTakeOverFromAi } from '../../auth/permissions';
import { useConnections } from '../../connections/connectionsQuery';
import { useQueues } from '../queuesQuery';
import { BotFilterSwitch } from './BotFilterSwitch';
import { ColorDot } from './ColorDot';
import { useAttendants, useTags } from './inboxLookups';
import { LeadFilterField } from './LeadFilterField';
import { WITHOUT_QUEUE, type TicketFilters } from './ticketFilters';

interface Option {
  id: number;
  name: string;
  color?: string;
}

interface MultiSelectProps {
  label: string;
  options: Option[];
  value: number[];
  onChange(ids: number[]): void;
}

function MultiSelect({ label, options, value, onChange }: MultiSelectProps) {
  const { t } = useTranslation();
  const names = (ids: number[]) =>
    ids
      .map((id) => options.find((o) => o.id === id)?.name)
      .filter(Boolean)
      .join(', ');
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value.map(String)}
      onChange={(event) => {
        // MUI hands a multiple select's value over as a list (a string only for autofill).
        const raw = event.target.value as unknown as string[] | string;
        onChange((typeof raw === 'string' ? raw.split(',') : raw).filter(Boolean).map(Number));
      }}
      slotProps={{ select: { multiple: true, renderValue: () => names(value) || t('inbox.filters.any') } }}
    >
      {options.map((option) => (
        <MenuItem key={option.id} value={String(option.id)} sx={{ gap: 1, py: 0.25 }}>
          <Checkbox
            size="small"
            checked={value.includes(option.id)}
            tabIndex={-1}
            disableRipple
            sx={{ p: 0.5 }}
            slotProps={{ input: { 'aria-hidden': true } }}
          />
          {option.color ? <ColorDot color={option.color} /> : null}
          {option.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

interface SingleSelectProps {
  label: string;
  options: Option[];
  value: number | null;
  onChange(id: number | null): void;
}

function SingleSelect({ label, options, value, onChange }: SingleSelectProps) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value ? String(value) : ''}
      onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}
    >
      <MenuItem value="">{t('inbox.filters.any')}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.id} value={String(option.id)}>
          {option.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The filter form inside the popover: queues and tags (several), attendant (managers only), connection, lead bucket. */
export function TicketFilterFields({ filters, onChange }: { filters: TicketFilters; onChange(next: TicketFilters): void }) {
  const { t } = useTranslation();
  const { user: me } = useAuth();
  const managers = canReadUsers(me);
  const queues = useQueues();
  const tags = useTags();
  const connections = useConnections();
  const attendants = useAttendants(managers);
  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <MultiSelect
        label={t('inbox.filters.queues')}
        options={[{ id: WITHOUT_QUEUE, name: t('inbox.filters.withoutQueue') }, ...(queues.data ?? [])]}
        value={filters.queueIds}
        onChange={(queueIds) => onChange({ ...filters, queueIds })}
      />
      <MultiSelect label={t('inbox.filters.tags')} options={tags.data ?? []} value={filters.tagIds} onChange={(tagIds) => onChange({ ...filters, tagIds })} />
      {managers ? (
        <SingleSelect
          label={t('inbox.filters.attendant')}
          options={attendants.data ?? []}
          value={filters.userId}
          onChange={(userId) => onChange({ ...filters, userId })}
        />
      ) : null}
      <SingleSelect
        label={t('inbox.filters.connection')}
        options={connections.data ?? []}
        value={filters.whatsappId}
        onChange={(whatsappId) => onChange({ ...filters, whatsappId })}
      />
      {canTakeOverFromAi(me) ? <BotFilterSwitch value={filters.bot} onChange={(bot) => onChange({ ...filters, bot })} /> : null}
      <LeadFilterField value={filters.lead} onChange={(lead) => onChange({ ...filters, lead })} />
    </Stack>
  );
}
