import ArrowBack from '@mui/icons-material/ArrowBack';
import ContactPageOutlined from '@mui/icons-material/ContactPageOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import Undo from '@mui/icons-material/Undo';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initials } from '../common/initials';
import { useFeedback } from '../common/FeedbackContext';
import { ContactDrawer } from './contact/ContactDrawer';
import { CloseTicketDialog } from './list/CloseTicketDialog';
import { TransferDialog } from './TransferDialog';
import type { Ticket, TicketAction } from './ticketsApi';
import { displayNumber } from '../contacts/displayNumber';
import { useTicketActions } from './useTicketActions';

/** Who the customer is, and what can be done with the ticket in its current status. */
export function TicketHeader({ ticket, onChanged }: { ticket: Ticket; onChanged(ticket: Ticket): void }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const theme = useTheme();
  // On a phone the list is another screen (a back button leads there) and secondary actions fold into a menu.
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const wide = useMediaQuery(theme.breakpoints.up('xl'), { noSsr: true });
  const actions = useTicketActions(ticket);
  const busy = actions.busy;
  const run = async (action: TicketAction) => {
    const changed = await actions.run(action);
    if (changed) onChanged(changed);
    return changed;
  };
  const [dialog, setDialog] = useState<'transfer' | 'close' | 'contact' | null>(null);
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const closeDialog = () => setDialog(null);
  const open = ticket.status === 'open';

  const secondary = [
    ...(open ? [{ key: 'return', label: t('tickets.return'), act: () => void run({ action: 'return' }) }] : []),
    ...(ticket.status !== 'closed' ? [{ key: 'transfer', label: t('tickets.transfer'), act: () => setDialog('transfer') }] : []),
  ];
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', px: { xs: 1, sm: 2 }, py: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      {narrow ? (
        <IconButton component={Link} to="/tickets" aria-label={t('tickets.backToList')}>
          <ArrowBack />
        </IconButton>
      ) : null}
      {narrow ? null : <Avatar>{initials(ticket.contact.name)}</Avatar>}
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="h2" component="h2" noWrap sx={{ fontSize: 17 }}>
          {ticket.contact.name}
        </Typography>
        <Typography variant="caption" color="text.secondary" noWrap component="p">
          {displayNumber(ticket.contact)} · {t(`tickets.statusOf.${ticket.status}`)}
        </Typography>
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
        {ticket.status === 'pending' ? (
          <Button variant="contained" loading={busy === 'accept'} onClick={() => void run({ action: 'accept' })}>
            {t('tickets.accept')}
          </Button>
        ) : null}
        {!narrow
          ? secondary.map((item) =>
              // Below extra-wide screens "return to the queue" is an icon, so the number and status keep their room.
              item.key === 'return' && !wide ? (
                <Tooltip key={item.key} title={item.label}>
                  <span>
                    <IconButton aria-label={item.label} loading={busy === item.key} onClick={item.act} color="primary">
                      <Undo />
                    </IconButton>
                  </span>
                </Tooltip>
              ) : (
                <Button key={item.key} variant={item.key === 'return' ? 'outlined' : 'text'} loading={busy === item.key} onClick={item.act}>
                  {item.label}
                </Button>
              ),
            )
          : null}
        {open ? (
          <Button variant="contained" color="success" loading={busy === 'close'} onClick={() => setDialog('close')}>
            {t('tickets.close')}
          </Button>
        ) : null}
        {ticket.status === 'closed' ? (
          <Button variant="outlined" loading={busy === 'reopen'} onClick={() => void run({ action: 'reopen' })}>
            {t('tickets.reopen')}
          </Button>
        ) : null}
        {narrow && secondary.length ? (
          <IconButton aria-label={t('inbox.header.more')} aria-haspopup="menu" onClick={(event) => setMenuAnchor(event.currentTarget)}>
            <MoreVert />
          </IconButton>
        ) : null}
        <IconButton aria-label={t('inbox.header.contact')} onClick={() => setDialog('contact')}>
          <ContactPageOutlined />
        </IconButton>
      </Stack>
      <Menu anchorEl={menuAnchor} open={menuAnchor !== null} onClose={() => setMenuAnchor(null)}>
        {secondary.map((item) => (
          <MenuItem
            key={item.key}
            onClick={() => {
              setMenuAnchor(null);
              item.act();
            }}
          >
            {item.label}
          </MenuItem>
        ))}
      </Menu>
      <TransferDialog
        open={dialog === 'transfer'}
        busy={busy === 'transfer'}
        onClose={closeDialog}
        onTransfer={(target) =>
          void run({ action: 'transfer', ...target }).then((done) => {
            if (!done) return;
            closeDialog();
            notify(t('inbox.header.transferred'), 'success');
          })
        }
      />
      <CloseTicketDialog
        open={dialog === 'close'}
        contactName={ticket.contact.name}
        busy={busy === 'close'}
        onClose={closeDialog}
        onConfirm={(sendFarewell) =>
          void run({ action: 'close', sendFarewell }).then((done) => {
            if (done) closeDialog();
          })
        }
      />
      <ContactDrawer open={dialog === 'contact'} onClose={closeDialog} ticket={ticket} />
    </Stack>
  );
}
