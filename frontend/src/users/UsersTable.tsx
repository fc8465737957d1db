import Avatar from '@mui/material/Avatar';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { initials } from '../common/initials';
import { ProfileChip } from './ProfileChip';
import { StatusChip } from './StatusChip';
import { UserRowActions } from './UserRowActions';

interface UsersTableProps {
  users: User[];
  currentUserId: number | null;
  canWrite: boolean;
  onEdit(user: User): void;
  onToggleActive(user: User): void;
  onDelete(user: User): void;
}

export function UsersTable({ users, currentUserId, canWrite, ...actions }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <TableContainer>
      <Table aria-label={t('users.listLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('users.name')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{t('users.email')}</TableCell>
            <TableCell>{t('users.profile')}</TableCell>
            <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>{t('users.status')}</TableCell>
            {canWrite ? <TableCell align="right">{t('common.actions')}</TableCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id} hover sx={{ opacity: user.active ? 1 : 0.6 }}>
              <TableCell>
                <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                  <Avatar sx={{ width: 32, height: 32, fontSize: 13 }}>{initials(user.name)}</Avatar>
                  <div>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {user.name}
                      {user.id === currentUserId ? (
                        <Typography component="span" variant="caption" color="text.secondary">
                          {` (${t('users.you')})`}
                        </Typography>
                      ) : null}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'block', sm: 'none' } }}>
                      {user.email}
                    </Typography>
                  </div>
                </Stack>
              </TableCell>
              <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{user.email}</TableCell>
              <TableCell>
                <ProfileChip profile={user.profile} />
              </TableCell>
              <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>
                <StatusChip active={user.active} />
              </TableCell>
              {canWrite ? (
                <TableCell align="right">
                  <UserRowActions user={user} isSelf={user.id === currentUserId} {...actions} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
