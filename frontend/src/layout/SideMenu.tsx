import OpenInNew from '@mui/icons-material/OpenInNew';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Tooltip from '@mui/material/Tooltip';
import { visuallyHidden } from './visuallyHidden';
import { Fragment, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { MENU } from './menuItems';

const itemSx = {
  borderRadius: 2,
  mb: 0.5,
  '&.active': { bgcolor: 'action.selected', color: 'primary.main', '& .MuiListItemIcon-root': { color: 'primary.main' } },
} as const;
const compactItemSx = { ...itemSx, justifyContent: 'center', px: 0 } as const;

/**
 * The app's menu. Compact = icons only (a laptop's permanent drawer): each label stays in the entry, hidden from
 * sight but not from assistive technology, so the entry keeps the same name as in the full menu ("2 mensagens não
 * lidas Chat interno" included); the tooltip on the right shows it to the eye and only describes the entry.
 */
export function SideMenu({ onNavigate, compact = false }: { onNavigate?(): void; compact?: boolean }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const entries = MENU.filter((entry) => entry.visible(user));
  const labelSx = compact ? visuallyHidden : undefined;
  const iconSx = { minWidth: compact ? 0 : 40 };
  const withTooltip = (label: string, item: ReactElement) =>
    compact ? (
      <Tooltip title={label} placement="right" describeChild>
        {item}
      </Tooltip>
    ) : (
      item
    );
  return (
    <List component="nav" aria-label={t('layout.navigation')} sx={{ px: 1 }}>
      {entries.map((entry, index) => {
        // A section's heading above its first entry (a rule when there is no room for words).
        const heading = entry.section && entry.section !== entries[index - 1]?.section ? entry.section : null;
        const label = t(entry.label);
        return (
          <Fragment key={entry.to}>
            {heading && compact ? <Divider sx={{ my: 1 }} /> : null}
            {heading && !compact ? (
              <ListSubheader disableSticky sx={{ bgcolor: 'transparent', lineHeight: 2.5, mt: 1, px: 2 }}>
                {t(heading)}
              </ListSubheader>
            ) : null}
            {entry.external
              ? withTooltip(
                  label,
                  <ListItemButton component="a" href={entry.to} target="_blank" rel="noopener" onClick={onNavigate} sx={compact ? compactItemSx : itemSx}>
                    <ListItemIcon sx={iconSx}>{entry.icon}</ListItemIcon>
                    <ListItemText primary={label} sx={labelSx} />
                    {compact ? null : <OpenInNew fontSize="small" sx={{ color: 'text.disabled' }} />}
                  </ListItemButton>,
                )
              : withTooltip(
                  label,
                  <ListItemButton component={NavLink} to={entry.to} onClick={onNavigate} sx={compact ? compactItemSx : itemSx}>
                    <ListItemIcon sx={iconSx}>{entry.badge ? <entry.badge>{entry.icon}</entry.badge> : entry.icon}</ListItemIcon>
                    <ListItemText primary={label} sx={labelSx} />
                  </ListItemButton>,
                )}
          </Fragment>
        );
      })}
    </List>
  );
}
