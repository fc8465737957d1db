import Check from '@mui/icons-material/Check';
import SwapVert from '@mui/icons-material/SwapVert';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketOrder } from '../ticketsApi';

const ORDERS: readonly TicketOrder[] = ['recent', 'oldest'];

/** Latest activity first, or who has waited longest first; a dot on the icon says the list is not in the usual order. */
export function TicketOrderButton({ order, onChange }: { order: TicketOrder; onChange(next: TicketOrder): void }) {
  const { t } = useTranslation();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const label = `${t('inboxBulk.order.label')}: ${t(`inboxBulk.order.${order}`)}`;
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          size="small"
          aria-label={label}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Badge color="primary" variant="dot" invisible={order === 'recent'}>
            <SwapVert />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {ORDERS.map((value) => (
          <MenuItem
            key={value}
            selected={value === order}
            role="menuitemradio"
            aria-checked={value === order}
            onClick={() => {
              setAnchor(null);
              onChange(value);
            }}
          >
            <ListItemIcon>{value === order ? <Check fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{t(`inboxBulk.order.${value}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
