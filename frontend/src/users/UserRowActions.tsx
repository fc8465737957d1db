import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import PersonOff from '@mui/icons-material/PersonOffOutlined';
import PersonOn from '@mui/icons-material/HowToRegOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';

interface UserRowActionsProps {
  user: User;
  isSelf: boolean;
  onEdit(user: User): void;
  onToggleActive(user: User): void;
  onDelete(user: User): void;
}

/** Per-row write actions; an admin cannot deactivate or delete themself (the server refuses it too). */
export function UserRowActions({ user, isSelf, onEdit, onToggleActive, onDelete }: UserRowActionsProps) {
  const { t } = useTranslation();
  const name = { name: user.name };
  const toggleLabel = user.active ? t('users.deactivateUser', name) : t('users.activateUser', name);
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
      <Tooltip title={t('users.editUser', name)}>
        <IconButton aria-label={t('users.editUser', name)} onClick={() => onEdit(user)} size="small">
          <EditOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      {isSelf ? null : (
        <>
          <Tooltip title={toggleLabel}>
            <IconButton aria-label={toggleLabel} onClick={() => onToggleActive(user)} size="small">
              {user.active ? <PersonOff fontSize="small" /> : <PersonOn fontSize="small" />}
            </IconButton>
          </Tooltip>
          <Tooltip title={t('users.deleteUser', name)}>
            <IconButton aria-label={t('users.deleteUser', name)} onClick={() => onDelete(user)} size="small" color="error">
              <DeleteOutline fontSize="small" />
            </IconButton>
          </Tooltip>
        </>
      )}
    </Stack>
  );
}
