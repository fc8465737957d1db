import ChevronRight from '@mui/icons-material/ChevronRight';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import PlaylistAddCheck from '@mui/icons-material/PlaylistAddCheckOutlined';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { DeleteConfirm } from '../common/DeleteConfirm';
import { useFeedback } from '../common/FeedbackContext';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { PageHeader } from '../common/PageHeader';
import { RowAction, RowActions } from '../common/RowAction';
import { errorMessage } from '../i18n/errorMessage';
import { ContactListFormDialog } from './ContactListFormDialog';
import { contactListsApi, refreshContactLists, useContactLists, type ContactList } from './contactListsApi';
import { useContactListEvents } from './useContactListEvents';

type FormState = { open: boolean; list: ContactList | null };

/** The company's saved audiences with their sizes: create, rename, delete, open one to see and change its members. */
export function ContactListsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const lists = useContactLists();
  const [form, setForm] = useState<FormState>({ open: false, list: null });
  const [deleting, setDeleting] = useState<ContactList | null>(null);
  useContactListEvents();
  const rows = lists.data ?? [];
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { day: '2-digit', month: '2-digit', year: 'numeric' });

  async function remove(list: ContactList) {
    try {
      await contactListsApi.remove(list.id);
      await refreshContactLists(client);
      notify(t('contactLists.deleted', { name: list.name }), 'success');
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    }
  }

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <PageHeader
        title={t('contactLists.title')}
        subtitle={t('contactLists.subtitle')}
        newLabel={t('contactLists.new')}
        onNew={() => setForm({ open: true, list: null })}
      />
      <Paper variant="outlined">
        {lists.isPending ? <ListLoading /> : null}
        {lists.isError ? <ListError title={t('contactLists.loadFailed')} error={lists.error} onRetry={() => void lists.refetch()} /> : null}
        {lists.isSuccess && rows.length === 0 ? <ListEmpty icon={<PlaylistAddCheck sx={{ fontSize: 48 }} />} text={t('contactLists.empty')} /> : null}
        {rows.length > 0 ? (
          <TableContainer>
            <Table aria-label={t('contactLists.listLabel')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('contactLists.name')}</TableCell>
                  <TableCell align="right">{t('contactLists.size')}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{t('contactLists.updatedAt')}</TableCell>
                  <TableCell align="right">{t('common.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((list) => (
                  <TableRow key={list.id} hover>
                    <TableCell>
                      <Link component={RouterLink} to={`/contact-lists/${list.id}`} underline="hover" sx={{ fontWeight: 600 }}>
                        {list.name}
                      </Link>
                    </TableCell>
                    <TableCell align="right">{list.size.toLocaleString(i18n.language)}</TableCell>
                    <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' }, whiteSpace: 'nowrap' }}>{date(list.updatedAt)}</TableCell>
                    <TableCell align="right">
                      <RowActions>
                        <RowAction
                          label={t('contactLists.renameOf', { name: list.name })}
                          icon={<EditOutlined fontSize="small" />}
                          onClick={() => setForm({ open: true, list })}
                        />
                        <RowAction
                          label={t('contactLists.deleteOf', { name: list.name })}
                          icon={<DeleteOutline fontSize="small" />}
                          danger
                          onClick={() => setDeleting(list)}
                        />
                        <RowAction
                          label={t('contactLists.open', { name: list.name })}
                          icon={<ChevronRight fontSize="small" />}
                          onClick={() => void navigate(`/contact-lists/${list.id}`)}
                        />
                      </RowActions>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : null}
      </Paper>
      <ContactListFormDialog open={form.open} list={form.list} onClose={() => setForm({ ...form, open: false })} />
      <DeleteConfirm
        item={deleting}
        title={t('contactLists.deleteTitle')}
        body={(list) => t('contactLists.deleteBody', { name: list.name })}
        onClose={() => setDeleting(null)}
        onConfirm={remove}
      />
    </Stack>
  );
}
