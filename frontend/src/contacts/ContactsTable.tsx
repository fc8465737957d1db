import Avatar from '@mui/material/Avatar';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { BlockedChip } from '../closing/BlockedContact';
import { initials } from '../common/initials';
import { ContactRowActions } from './ContactRowActions';
import { LeadChip } from './LeadChip';
import { TagChips } from './TagChips';
import { displayNumber } from './displayNumber';
import type { Contact } from './contactTypes';

/** Rows to pick for a bulk action ("Adicionar à lista"); without it the table has no checkboxes. */
export interface ContactSelection {
  selected: ReadonlySet<number>;
  onToggle(contactId: number): void;
  /** Selects every shown row, or clears them when all are selected. */
  onToggleAll(): void;
}

interface ContactsTableProps {
  contacts: Contact[];
  selection?: ContactSelection;
  canDelete: boolean;
  onEdit(contact: Contact): void;
  onDelete(contact: Contact): void;
  onStartConversation(contact: Contact): void;
  onScheduleMessage(contact: Contact): void;
}

const fromSm = { display: { xs: 'none', sm: 'table-cell' } } as const;
const fromMd = { display: { xs: 'none', md: 'table-cell' } } as const;

/** The customer asked to leave the campaigns ("SAIR"): a quiet mark next to the name, the date in its title. */
function OptedOutChip({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation();
  if (!contact.optedOutAt) return null;
  const date = new Date(contact.optedOutAt).toLocaleDateString(i18n.language, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return (
    <Chip
      size="small"
      variant="outlined"
      label={t('contacts.optedOut')}
      title={t('contacts.optedOutSince', { date })}
      sx={{ mt: 0.5, height: 20, fontSize: 12, fontWeight: 400, '& .MuiChip-label': { px: 0.75 } }}
    />
  );
}

export function ContactsTable({ contacts, selection, ...actions }: ContactsTableProps) {
  const { t } = useTranslation();
  const allSelected = selection !== undefined && contacts.length > 0 && contacts.every((c) => selection.selected.has(c.id));
  return (
    <TableContainer>
      <Table aria-label={t('contacts.listLabel')}>
        <TableHead>
          <TableRow>
            {selection ? (
              <TableCell padding="checkbox">
                <Checkbox
                  checked={allSelected}
                  indeterminate={!allSelected && contacts.some((c) => selection.selected.has(c.id))}
                  onChange={selection.onToggleAll}
                  slotProps={{ input: { 'aria-label': t('contactLists.selectAll') } }}
                />
              </TableCell>
            ) : null}
            <TableCell>{t('contacts.name')}</TableCell>
            <TableCell sx={fromSm}>{t('contacts.number')}</TableCell>
            <TableCell sx={fromMd}>{t('contacts.email')}</TableCell>
            <TableCell sx={fromSm}>{t('lead.column')}</TableCell>
            <TableCell align="right">{t('common.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {contacts.map((contact) => (
            <TableRow key={contact.id} hover selected={selection?.selected.has(contact.id) ?? false}>
              {selection ? (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={selection.selected.has(contact.id)}
                    onChange={() => selection.onToggle(contact.id)}
                    slotProps={{ input: { 'aria-label': t('contactLists.select', { name: contact.name }) } }}
                  />
                </TableCell>
              ) : null}
              <TableCell>
                <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                  <Avatar src={contact.profilePicUrl ?? undefined} alt="" sx={{ width: 32, height: 32, fontSize: 13 }}>
                    {initials(contact.name)}
                  </Avatar>
                  <div>
                    <Typography variant="body2" sx={{ fontWeight: 600, wordBreak: 'break-word' }}>
                      {contact.name}
                    </Typography>
                    <BlockedChip contact={contact} />
                    <OptedOutChip contact={contact} />
                    {/* On a phone the number sits under the name instead of in its own column. */}
                    <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'block', sm: 'none' } }}>
                      {displayNumber(contact)}
                    </Typography>
                    <Stack sx={{ mt: contact.tags.length > 0 ? 0.5 : 0 }}>
                      <TagChips tags={contact.tags} />
                    </Stack>
                  </div>
                </Stack>
              </TableCell>
              <TableCell sx={{ ...fromSm, whiteSpace: 'nowrap' }}>{displayNumber(contact)}</TableCell>
              <TableCell sx={{ ...fromMd, wordBreak: 'break-all' }}>{contact.email ?? ''}</TableCell>
              <TableCell sx={fromSm}>
                <LeadChip contact={contact} />
              </TableCell>
              <TableCell align="right">
                <ContactRowActions contact={contact} {...actions} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
