import Add from '@mui/icons-material/Add';
import PlaylistAdd from '@mui/icons-material/PlaylistAddOutlined';
import Download from '@mui/icons-material/DownloadOutlined';
import Upload from '@mui/icons-material/UploadFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { canManageCampaigns, canManageContacts } from '../auth/permissions';
import { AddToListDialog } from '../contactLists/AddToListDialog';
import { LoadMore } from '../common/LoadMore';
import { useDebouncedValue } from '../common/useDebouncedValue';
import ContactsOutlined from '@mui/icons-material/ContactsOutlined';
// The admin lists' shared pieces (search box, list states, delete confirmation).
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { OptionalSelect } from '../common/OptionalSelect';
import { SearchField } from '../common/SearchField';
import { StartTicketDialog } from '../tickets/start/StartTicketDialog';
import { ContactFormDialog } from './ContactFormDialog';
import { ContactsTable, type ContactSelection } from './ContactsTable';
import { ImportContactsDialog } from './ImportContactsDialog';
import { ScheduleMessageDialog } from '../scheduledMessages/ScheduleMessageDialog';
import type { Contact } from './contactTypes';
import { useContactsList, useTagOptions } from './contactsQuery';
import { useContactEvents } from './useContactEvents';
import { useContactWrites } from './useContactWrites';

// `contact` stays while the dialog animates out, so its title does not flip to "New contact" mid-transition.
type FormState = { open: boolean; contact: Contact | null };

export function ContactsPage() {
  const { t } = useTranslation();
  const { user: me } = useAuth();
  const canManage = canManageContacts(me);
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), 300);
  const [tagFilter, setTagFilter] = useState('');
  const tags = useTagOptions(true);
  const [blockedOnly, setBlockedOnly] = useState(false);
  const list = useContactsList(search, tagFilter ? Number(tagFilter) : null, null, blockedOnly);
  const filtered = Boolean(search || tagFilter || blockedOnly);
  const writes = useContactWrites();
  const [form, setForm] = useState<FormState>({ open: false, contact: null });
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const [importing, setImporting] = useState(false);
  const [starting, setStarting] = useState<FormState>({ open: false, contact: null });
  const [scheduling, setScheduling] = useState<Contact | null>(null);
  const [exporting, setExporting] = useState(false);
  // Admins and supervisors pick contacts for a contact list (campaign audiences); the choice survives paging and filters.
  const canSelect = canManageCampaigns(me);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [addingToList, setAddingToList] = useState(false);
  useContactEvents();

  const contacts = list.data?.pages.flatMap((page) => page.contacts) ?? [];
  const selection: ContactSelection = {
    selected,
    onToggle: (contactId) => {
      const next = new Set(selected);
      if (next.has(contactId)) next.delete(contactId);
      else next.add(contactId);
      setSelected(next);
    },
    onToggleAll: () => {
      const all = contacts.length > 0 && contacts.every((c) => selected.has(c.id));
      const next = new Set(selected);
      for (const contact of contacts) {
        if (all) next.delete(contact.id);
        else next.add(contact.id);
      }
      setSelected(next);
    },
  };

  async function exportCsv() {
    setExporting(true);
    await writes.exportCsv();
    setExporting(false);
  }

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}>
        <Box>
          <Typography variant="h1">{t('contacts.title')}</Typography>
          <Typography color="text.secondary">{t('contacts.subtitle')}</Typography>
        </Box>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          {canManage ? (
            <>
              <Button variant="outlined" startIcon={<Upload />} onClick={() => setImporting(true)}>
                {t('contacts.importCsv')}
              </Button>
              <Button variant="outlined" startIcon={<Download />} loading={exporting} onClick={() => void exportCsv()}>
                {t('contacts.exportCsv')}
              </Button>
            </>
          ) : null}
          <Button variant="contained" startIcon={<Add />} onClick={() => setForm({ open: true, contact: null })}>
            {t('contacts.new')}
          </Button>
        </Stack>
      </Stack>

      <Paper variant="outlined">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ p: 2, borderBottom: 1, borderColor: 'divider' }}>
          <SearchField label={t('contacts.searchLabel')} placeholder={t('contacts.searchPlaceholder')} value={searchInput} onChange={setSearchInput} />
          {tags.data && tags.data.length > 0 ? (
            <OptionalSelect
              size="small"
              label={t('contacts.tagFilter')}
              noneLabel={t('contacts.allTags')}
              value={tagFilter}
              onChange={setTagFilter}
              choices={tags.data}
              sx={{ maxWidth: { sm: 240 } }}
            />
          ) : null}
          <FormControlLabel
            sx={{ flexShrink: 0, mr: 0 }}
            control={<Switch checked={blockedOnly} onChange={(event) => setBlockedOnly(event.target.checked)} />}
            label={t('closing.blockedFilter')}
          />
          {canSelect && selected.size > 0 ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
              <Typography variant="body2">{t('contactLists.selected', { count: selected.size })}</Typography>
              <Button size="small" onClick={() => setSelected(new Set())}>
                {t('contactLists.clearSelection')}
              </Button>
              <Button size="small" variant="contained" startIcon={<PlaylistAdd />} onClick={() => setAddingToList(true)}>
                {t('contactLists.addToList')}
              </Button>
            </Stack>
          ) : null}
        </Stack>
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('contacts.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && contacts.length === 0 ? (
          <ListEmpty icon={<ContactsOutlined sx={{ fontSize: 48 }} />} text={filtered ? t('contacts.emptyFiltered') : t('contacts.empty')} />
        ) : null}
        {contacts.length > 0 ? (
          <ContactsTable
            contacts={contacts}
            selection={canSelect ? selection : undefined}
            canDelete={canManage}
            onEdit={(contact) => setForm({ open: true, contact })}
            onDelete={setDeleting}
            onStartConversation={(contact) => setStarting({ open: true, contact })}
            onScheduleMessage={setScheduling}
          />
        ) : null}
        <LoadMore list={list} />
      </Paper>

      <ContactFormDialog
        open={form.open}
        contact={form.contact}
        onClose={() => setForm({ ...form, open: false })}
        onSubmit={async (values) => {
          await (form.contact ? writes.save(form.contact, values) : writes.create(values));
          setForm({ ...form, open: false });
        }}
      />
      <StartTicketDialog open={starting.open} contact={starting.contact} onClose={() => setStarting({ ...starting, open: false })} />
      {/* Keyed by contact: each opening starts from an empty form. Sent through the company's default connection. */}
      <ScheduleMessageDialog key={scheduling?.id ?? 'none'} open={scheduling !== null} contact={scheduling ?? undefined} onClose={() => setScheduling(null)} />
      {canManage ? (
        <>
          <DeleteConfirm
            item={deleting}
            title={t('contacts.deleteTitle')}
            body={(contact) => t('contacts.deleteBody', { name: contact.name })}
            onClose={() => setDeleting(null)}
            onConfirm={writes.remove}
          />
          <ImportContactsDialog open={importing} onClose={() => setImporting(false)} />
        </>
      ) : null}
      {canSelect ? (
        <AddToListDialog contactIds={[...selected]} open={addingToList} onClose={() => setAddingToList(false)} onAdded={() => setSelected(new Set())} />
      ) : null}
    </Stack>
  );
}
