import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { MENU } from './menuItems';

export function SideMenu({ onNavigate }: { onNavigate?(): void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <List component="nav" aria-label={t('layout.navigation')} sx={{ px: 1 }}>
      {MENU.filter((entry) => entry.visible(user)).map((entry) => (
        <ListItemButton
          key={entry.to}
          component={NavLink}
          to={entry.to}
          onClick={onNavigate}
          sx={{
            borderRadius: 2,
            mb: 0.5,
            '&.active': { bgcolor: 'action.selected', color: 'primary.main', '& .MuiListItemIcon-root': { color: 'primary.main' } },
          }}
        >
          <ListItemIcon sx={{ minWidth: 40 }}>{entry.icon}</ListItemIcon>
          <ListItemText primary={t(entry.label)} />
        </ListItemButton>
      ))}
    </List>
  );
}
