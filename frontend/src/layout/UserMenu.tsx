import KeyOutlined from '@mui/icons-material/KeyOutlined';
import DrawOutlined from '@mui/icons-material/DrawOutlined';
import Logout from '@mui/icons-material/Logout';
import Avatar from '@mui/material/Avatar';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import Switch from '@mui/material/Switch';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { updatePreferences } from '../auth/authApi';
import { errorMessage } from '../i18n/errorMessage';
import { useFeedback } from '../common/FeedbackContext';
import { initials } from '../common/initials';
import { ChangePasswordDialog } from './ChangePasswordDialog';

/** Who is signed in, with their profile, the password dialog and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const { notify } = useFeedback();
  if (!user) return null;

  // Counts only where the company signs attendants' messages (Configurações); the choice is the user's own.
  async function toggleSignature() {
    if (!user || saving) return;
    setSaving(true);
    try {
      await updatePreferences({ signMessages: !user.signMessages });
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    } finally {
      setSaving(false);
    }
  }

  async function signOut() {
    setAnchor(null);
    await logout();
    await navigate('/login', { replace: true });
  }

  return (
    <>
      <IconButton
        aria-label={`${t('layout.userMenu')}: ${user.name}`}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        size="small"
      >
        <Avatar sx={{ width: 34, height: 34, bgcolor: 'primary.main', color: 'primary.contrastText', fontSize: 14 }}>{initials(user.name)}</Avatar>
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ px: 2, py: 1, minWidth: 220 }}>
          <Typography sx={{ fontWeight: 600 }}>{user.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {user.email}
          </Typography>
          <Typography variant="caption" color="primary">
            {t(`profiles.${user.profile}`)}
          </Typography>
        </Box>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setPasswordOpen(true);
          }}
        >
          <ListItemIcon>
            <KeyOutlined fontSize="small" />
          </ListItemIcon>
          {t('layout.changePassword')}
        </MenuItem>
        <MenuItem
          role="menuitemcheckbox"
          aria-checked={user.signMessages}
          onClick={() => void toggleSignature()}
          disabled={saving}
          title={t('layout.signMessagesHelp')}
        >
          <ListItemIcon>
            <DrawOutlined fontSize="small" />
          </ListItemIcon>
          <Box component="span" sx={{ flex: 1 }}>
            {t('layout.signMessages')}
          </Box>
          {/* The item itself is the checkbox (menuitemcheckbox); the switch only shows its state. */}
          <Switch size="small" edge="end" checked={user.signMessages} aria-hidden tabIndex={-1} />
        </MenuItem>
        <MenuItem onClick={() => void signOut()}>
          <ListItemIcon>
            <Logout fontSize="small" />
          </ListItemIcon>
          {t('layout.logout')}
        </MenuItem>
      </Menu>
      <ChangePasswordDialog open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </>
  );
}
