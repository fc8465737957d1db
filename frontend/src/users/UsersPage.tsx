import PeopleOutline from '@mui/icons-material/PeopleAltOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { canWriteUsers } from '../auth/permissions';
import { DeleteConfirm } from '../common/DeleteConfirm';
import { ListEmpty, ListError, ListLoading } from '../common/ListStates';
import { LoadMore } from '../common/LoadMore';
import { PageHeader } from '../common/PageHeader';
import { SearchField } from '../common/SearchField';
import { useDebouncedValue } from '../common/useDebouncedValue';
import { UserFormDialog } from './UserFormDialog';
import { UsersTable } from './UsersTable';
import { useUserEvents } from './useUserEvents';
import { useUserWrites } from './useUserWrites';
import { useUsersList } from './usersQuery';

type FormState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; user: User };

export function UsersPage() {
  const { t } = useTranslation();
  const { user: me } = useAuth();
  const canWrite = canWriteUsers(me);
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), 300);
  const list = useUsersList(search);
  const writes = useUserWrites();
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<User | null>(null);
  useUserEvents();

  const users = list.data?.pages.flatMap((page) => page.users) ?? [];

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto' }}>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        newLabel={canWrite ? t('users.new') : undefined}
        onNew={() => setForm({ mode: 'create' })}
      />

      {canWrite ? null : <Alert severity="info">{t('users.readOnly')}</Alert>}

      <Paper variant="outlined">
        <Box sx={{ p: 2, borderBottom: 1, borderColor: 'divider' }}>
          <SearchField label={t('users.searchLabel')} placeholder={t('users.searchPlaceholder')} value={searchInput} onChange={setSearchInput} />
        </Box>
        {list.isPending ? <ListLoading /> : null}
        {list.isError ? <ListError title={t('users.loadFailed')} error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.isSuccess && users.length === 0 ? (
          <ListEmpty icon={<PeopleOutline sx={{ fontSize: 48 }} />} text={search ? t('users.emptySearch', { search }) : t('users.empty')} />
        ) : null}
        {users.length > 0 ? (
          <UsersTable
            users={users}
            currentUserId={me?.id ?? null}
            canWrite={canWrite}
            onEdit={(user) => setForm({ mode: 'edit', user })}
            onToggleActive={(user) => void writes.toggleActive(user)}
            onDelete={setDeleting}
          />
        ) : null}
        <LoadMore list={list} />
      </Paper>

      {canWrite ? (
        <>
          <UserFormDialog
            open={form.mode !== 'closed'}
            user={form.mode === 'edit' ? form.user : null}
            onClose={() => setForm({ mode: 'closed' })}
            onSubmit={async (values) => {
              await (form.mode === 'edit' ? writes.save(form.user, values) : writes.create(values));
              setForm({ mode: 'closed' });
            }}
          />
          <DeleteConfirm
            item={deleting}
            title={t('users.deleteTitle')}
            body={(user) => t('users.deleteBody', { name: user.name })}
            onClose={() => setDeleting(null)}
            onConfirm={writes.remove}
          />
        </>
      ) : null}
    </Stack>
  );
}
