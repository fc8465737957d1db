import OpenInNew from '@mui/icons-material/OpenInNew';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { MENU } from './menuItems';

const itemSx = {
  borderRadius: 2,
  mb: 0.5,
  '&.active': { bgcolor: 'action.selected', color: 'primary.main', '& .MuiListItemIcon-root': { color: 'primary.main' } },
} as const;

export function SideMenu({ onNavigate }: { onNavigate?(): void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const entries = MENU.filter((entry) => entry.visible(user));
  return (
    <List component="nav" aria-label={t('layout.navigation')} sx={{ px: 1 }}>
      {entries.map((entry, index) => {
        // A section's heading above its first entry.
        const heading = entry.section && entry.section !== entries[index - 1]?.section ? entry.section : null;
        return (
          <Fragment key={entry.to}>
            {heading ? (
              <ListSubheader disableSticky sx={{ bgcolor: 'transparent', lineHeight: 2.5, mt: 1, px: 2 }}>
                {t(heading)}
              </ListSubheader>
            ) : null}
            {entry.external ? (
              <ListItemButton component="a" href={entry.to} target="_blank" rel="noopener" onClick={onNavigate} sx={itemSx}>
                <ListItemIcon sx={{ minWidth: 40 }}>{entry.icon}</ListItemIcon>
                <ListItemText primary={t(entry.label)} />
                <OpenInNew fontSize="small" sx={{ color: 'text.disabled' }} />
              </ListItemButton>
            ) : (
              <ListItemButton component={NavLink} to={entry.to} onClick={onNavigate} sx={itemSx}>
                <ListItemIcon sx={{ minWidth: 40 }}>{entry.badge ? <entry.badge>{entry.icon}</entry.badge> : entry.icon}</ListItemIcon>
                <ListItemText primary={t(entry.label)} />
              </ListItemButton>
            )}
          </Fragment>
        );
      })}
    </List>
  );
}
