import ArrowBack from '@mui/icons-material/ArrowBack';
import LocalOffer from '@mui/icons-material/LocalOfferOutlined';
import PlaylistRemove from '@mui/icons-material/PlaylistRemoveOutlined';
import Upload from '@mui/icons-material/UploadFileOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useFeedback } from '../common/FeedbackContext';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { LoadMore } from '../common/LoadMore';
import { SearchField } from '../common/SearchField';
import { useDebouncedValue } from '../common/useDebouncedValue';
import { ImportContactsDialog } from '../contacts/ImportContactsDialog';
import { TagChips } from '../contacts/TagChips';
import { displayNumber } from '../contacts/displayNumber';
import { refetchContactLists, useContactsList } from '../contacts/contactsQuery';
import { errorMessage } from '../i18n/errorMessage';
import { NotFoundPage } from '../layout/NotFoundPage';
import { AddByTagsDialog } from './AddByTagsDialog';
import { contactListsApi, refreshContactLists, useContactList, type ContactList } from './contactListsApi';
import { useContactListEvents } from './useContactListEvents';

/** /contact-lists/:id — one list's members: add by tags or a CSV, select and remove. */
export function ContactListPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const list = useContactList(id);
  useContactListEvents();
  if (!Number.isInteger(id)) return <NotFoundPage />;
  if (list.isPending) return <ListLoading />;
  if (list.isError) return <ListError title={t('contactLists.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />;
  return <Members list={list.data} />;
}

function Members({ list }: { list: ContactList }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), 300);
  const members = useContactsList(search, null, list.id);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState(false);
  const contacts = members.data?.pages.flatMap((page) => page.contacts) ?? [];
  const refresh = () => Promise.all([refreshContactLists(client), refetchContactLists(client)]);
  const remove = useMutation({
    mutationFn: () => contactListsApi.removeContacts(list.id, [...selected]),
    onSuccess: ({ removed }) => {
      notify(t('contactLists.removed', { count: removed }), 'success');
      setSelected(new Set());
      setRemoving(false);
      void refresh();
    },
    onError: (error) => {
      notify(errorMessage(t, error), 'error');
      setRemoving(false);
    },
  });
  const toggle = (contactId: number) => {
    const next = new Set(selected);
    if (next.has(contactId)) next.delete(contactId);
    else next.add(contactId);
    setSelected(next);
  };
  const allShown = contacts.length > 0 && contacts.every((c) => selected.has(c.id));

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <Box>
        <Link component={RouterLink} to="/contact-lists" underline="hover" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 1 }}>
          <ArrowBack fontSize="small" />
          {t('contactLists.back')}
        </Link>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}>
          <Box>
            <Typography variant="h1" sx={{ wordBreak: 'break-word' }}>
              {list.name}
            </Typography>
            <Typography color="text.secondary">{t('contactLists.members', { count: list.size })}</Typography>
          </Box>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
            <Button variant="outlined" startIcon={<Upload />} onClick={() => setImporting(true)}>
              {t('contactLists.importCsv')}
            </Button>
            <Button variant="contained" startIcon={<LocalOffer />} onClick={() => setAdding(true)}>
              {t('contactLists.addByTags')}
            </Button>
          </Stack>
        </Stack>
      </Box>
      <Paper variant="outlined">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ p: 2, borderBottom: 1, borderColor: 'divider', alignItems: { sm: 'center' } }}>
          <SearchField label={t('contacts.searchLabel')} placeholder={t('contacts.searchPlaceholder')} value={searchInput} onChange={setSearchInput} />
          {selected.size > 0 ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
              <Typography variant="body2">{t('contactLists.selected', { count: selected.size })}</Typography>
              <Button size="small" onClick={() => setSelected(new Set())}>
                {t('contactLists.clearSelection')}
              </Button>
              <Button size="small" color="error" variant="outlined" startIcon={<PlaylistRemove />} onClick={() => setRemoving(true)}>
                {t('contactLists.removeSelected')}
              </Button>
            </Stack>
          ) : null}
        </Stack>
        {members.isPending ? <ListLoading /> : null}
        {members.isError ? <ListError title={t('contacts.loadFailed')} error={members.error} onRetry={() => void members.refetch()} /> : null}
        {members.isSuccess && contacts.length === 0 ? (
          <ListEmpty icon={<PeopleOutlined sx={{ fontSize: 48 }} />} text={search ? t('contacts.emptyFiltered') : t('contactLists.emptyMembers')} />
        ) : null}
        {contacts.length > 0 ? (
          <TableContainer>
            <Table aria-label={t('contactLists.membersLabel')}>
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={allShown}
                      indeterminate={!allShown && contacts.some((c) => selected.has(c.id))}
                      onChange={() => setSelected(allShown ? new Set() : new Set(contacts.map((c) => c.id)))}
                      slotProps={{ input: { 'aria-label': t('contactLists.selectAll') } }}
                    />
                  </TableCell>
                  <TableCell>{t('contacts.name')}</TableCell>
                  <TableCell>{t('contacts.number')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {contacts.map((contact) => (
                  <TableRow key={contact.id} hover selected={selected.has(contact.id)}>
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={selected.has(contact.id)}
                        onChange={() => toggle(contact.id)}
                        slotProps={{ input: { 'aria-label': t('contactLists.select', { name: contact.name }) } }}
                      />
                    </TableCell>
                    <TableCell>
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {contact.name}
                      </Typography>
                      <TagChips tags={contact.tags} />
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{displayNumber(contact)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : null}
        <LoadMore list={members} />
      </Paper>
      <AddByTagsDialog list={list} open={adding} onClose={() => setAdding(false)} />
      <ImportContactsDialog
        open={importing}
        onClose={() => setImporting(false)}
        contactListId={list.id}
        intro={t('contactLists.importHint')}
        onImported={() => void refresh()}
      />
      <ConfirmDialog
        open={removing}
        title={t('contactLists.removeTitle')}
        body={t('contactLists.removeBody', { count: selected.size })}
        confirmLabel={t('contactLists.removeSelected')}
        destructive
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => setRemoving(false)}
      />
    </Stack>
  );
}
