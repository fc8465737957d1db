import ArrowBack from '@mui/icons-material/ArrowBack';
import AutoAwesomeOutlined from '@mui/icons-material/AutoAwesomeOutlined';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import ContactPageOutlined from '@mui/icons-material/ContactPageOutlined';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import ScheduleSendOutlined from '@mui/icons-material/ScheduleSendOutlined';
import Search from '@mui/icons-material/Search';
import StarRounded from '@mui/icons-material/StarRounded';
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
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { canTakeOverFromAi } from '../auth/permissions';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useElementWidth } from '../common/useElementWidth';
import { useFeedback } from '../common/FeedbackContext';
import { DealFormDialog } from '../crm/DealFormDialog';
import { BlockContactDialog } from '../closing/BlockContactDialog';
import { ScheduleMessageDialog } from '../scheduledMessages/ScheduleMessageDialog';
import { ContactDrawer } from './contact/ContactDrawer';
import { CloseTicketDialog } from './list/CloseTicketDialog';
import { TransferDialog } from './TransferDialog';
import type { Ticket, TicketAction } from './ticketsApi';
import { contactInitials, contactLabel, displayNumber } from '../contacts/displayNumber';
import { ticketKey } from './ticketsQuery';
import { useTicketActions } from './useTicketActions';

/**
 * The header's own width (px) from which each group of buttons has room beside the contact's name, protocol and
 * primary action. The header is measured, not the screen: on a laptop (1024–1366 px) the list beside the chat
 * leaves it 370–720 px, a phone's room to a tablet's. Below TOOLS_ROOM the chat's tools (search, deal, schedule,
 * block) go into the "more" menu; below ACTIONS_ROOM "return" and "transfer" too; below PHONE_ROOM it is laid out
 * as on a phone (no avatar, a waiting ticket closed from its card); from LABEL_ROOM "return" is a labelled button.
 * A ticket with no return/transfer (closed) leaves their SECONDARY_WIDTH to the tools.
 */
const TOOLS_ROOM = 820;
const ACTIONS_ROOM = 680;
const PHONE_ROOM = 480;
const LABEL_ROOM = 1000;
const SECONDARY_WIDTH = 160;

/** Who the customer is, and what can be done with the ticket in its current status. */
interface TicketHeaderProps {
  ticket: Ticket;
  onChanged(ticket: Ticket): void;
  /** Opens or closes the search inside the conversation. */
  onSearch?: () => void;
  /** The customer's typing / online / last seen, already said in words. */
  presence?: string | null;
}

export function TicketHeader({ ticket, onChanged, onSearch, presence }: TicketHeaderProps) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const theme = useTheme();
  // On a phone the list is another screen (a back button leads there) and secondary actions fold into a menu.
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const wide = useMediaQuery(theme.breakpoints.up('xl'), { noSsr: true });
  const [headerRef, headerWidth] = useElementWidth<HTMLDivElement>();
  // Not measured (no ResizeObserver): the screen's breakpoints decide, as they did before the header was measured.
  const roomFor = (width: number, unmeasured: boolean) => (headerWidth === null ? unmeasured : headerWidth >= width);
  const phoneRoom = narrow || !roomFor(PHONE_ROOM, true);
  const actionsShown = !narrow && roomFor(ACTIONS_ROOM, true);
  const returnLabelled = roomFor(LABEL_ROOM, wide);
  const actions = useTicketActions(ticket);
  const busy = actions.busy;
  const run = async (action: TicketAction) => {
    const changed = await actions.run(action);
    if (changed) onChanged(changed);
    return changed;
  };
  const { user: me } = useAuth();
  const client = useQueryClient();
  // The AI agent is answering: nobody accepts it; a supervisor or admin takes it over.
  const withAi = ticket.botActive && ticket.status === 'pending';
  const [dialog, setDialog] = useState<'transfer' | 'close' | 'contact' | 'takeOver' | 'schedule' | 'deal' | 'block' | null>(null);
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const closeDialog = () => setDialog(null);
  const open = ticket.status === 'open';
  const takeOver = () =>
    void run({ action: 'takeOver' }).then((done) => {
      closeDialog();
      if (done) notify(t('aiInbox.takenOver'), 'success');
      // Refused (handed over or taken by someone else meanwhile; the error says so): the header shows it as it is now.
      else void client.invalidateQueries({ queryKey: ticketKey(ticket.id) });
    });

  const secondary = [
    ...(open ? [{ key: 'return', label: t('tickets.return'), act: () => void run({ action: 'return' }) }] : []),
    // Not while the AI answers: a transfer would end its phase without the summary note "Assumir" leaves.
    ...(ticket.status !== 'closed' && !withAi ? [{ key: 'transfer', label: t('tickets.transfer'), act: () => setDialog('transfer') }] : []),
  ];
  // The chat's tools: icons on a wide header, in the "more" menu on a narrow one (the contact's name needs the room).
  const tools = [
    ...(onSearch ? [{ key: 'search', label: t('chatDetails.search.open'), icon: <Search />, act: onSearch }] : []),
    { key: 'deal', label: t('crm.createDeal'), icon: <HandshakeOutlined />, act: () => setDialog('deal') },
    { key: 'schedule', label: t('scheduled.schedule'), icon: <ScheduleSendOutlined />, act: () => setDialog('schedule') },
    { key: 'block', label: t('closing.block'), icon: <BlockOutlined />, act: () => setDialog('block') },
  ];
  const toolsShown = !narrow && roomFor(TOOLS_ROOM - (secondary.length === 0 ? SECONDARY_WIDTH : 0), true);
  const folded = [...(actionsShown ? [] : secondary), ...(toolsShown ? [] : tools)];
  return (
    <Stack
      ref={headerRef}
      data-testid="chat-header"
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', px: { xs: 1, sm: 2 }, py: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      {narrow ? (
        <IconButton component={Link} to="/tickets" aria-label={t('tickets.backToList')}>
          <ArrowBack />
        </IconButton>
      ) : null}
      {phoneRoom ? null : <Avatar>{contactInitials(ticket.contact)}</Avatar>}
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="h2" component="h2" noWrap sx={{ fontSize: 17 }}>
          {contactLabel(ticket.contact)}
        </Typography>
        <Typography variant="caption" color="text.secondary" noWrap component="p">
          {/* First, as on the phone: the line is cut at its end on narrow headers, and "digitando…" must show. */}
          {presence ? (
            <Box component="span" role="status" sx={{ color: 'success.main', fontWeight: 500 }}>
              {presence}
              {' · '}
            </Box>
          ) : null}
          #{ticket.protocol} · {displayNumber(ticket.contact)} · {withAi ? null : t(`tickets.statusOf.${ticket.status}`)}
          {withAi ? (
            <Box
              component="span"
              sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, verticalAlign: 'bottom', color: 'secondary.main', fontWeight: 600 }}
            >
              <AutoAwesomeOutlined sx={{ fontSize: 14 }} aria-hidden />
              {t('aiInbox.attending')}
            </Box>
          ) : null}
          {ticket.csat ? <CsatRating rating={ticket.csat.rating} /> : null}
        </Typography>
        {ticket.userId !== null && ticket.userName ? (
          // Who attends, not only in the list (issue 17): attendants cannot list users, so the ticket names them. A
          // line of its own: the number and status line is cut short first on narrower screens.
          <Typography variant="caption" color="text.secondary" noWrap component="p" data-testid="ticket-attendant" sx={{ fontWeight: 600 }}>
            {ticket.userId === me?.id ? t('inbox.header.attendedByYou') : t('inbox.header.attendedBy', { name: ticket.userName })}
          </Typography>
        ) : null}
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
        {ticket.status === 'pending' && !withAi ? (
          <Button variant="contained" loading={busy === 'accept'} onClick={() => void run({ action: 'accept' })}>
            {t('tickets.accept')}
          </Button>
        ) : null}
        {withAi && canTakeOverFromAi(me) ? (
          <Button variant="contained" loading={busy === 'takeOver'} onClick={() => setDialog('takeOver')}>
            {t('aiInbox.takeOver')}
          </Button>
        ) : null}
        {actionsShown
          ? secondary.map((item) =>
              // Below a very wide header "return to the queue" is an icon, so the number and status keep their room.
              item.key === 'return' && !returnLabelled ? (
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
        {/* In a phone's room a waiting ticket is closed from its card in the list: the name keeps its room here. */}
        {open || (ticket.status === 'pending' && !withAi && !phoneRoom) ? (
          <Button variant={open ? 'contained' : 'outlined'} color="success" loading={busy === 'close'} onClick={() => setDialog('close')}>
            {t('tickets.close')}
          </Button>
        ) : null}
        {ticket.status === 'closed' ? (
          <Button variant="outlined" loading={busy === 'reopen'} onClick={() => void run({ action: 'reopen' })}>
            {t('tickets.reopen')}
          </Button>
        ) : null}
        {folded.length > 0 ? (
          <IconButton aria-label={t('inbox.header.more')} aria-haspopup="menu" onClick={(event) => setMenuAnchor(event.currentTarget)}>
            <MoreVert />
          </IconButton>
        ) : null}
        {!toolsShown
          ? null
          : tools.map((tool) => (
              <Tooltip key={tool.key} title={tool.label}>
                <IconButton aria-label={tool.label} onClick={tool.act}>
                  {tool.icon}
                </IconButton>
              </Tooltip>
            ))}
        <IconButton aria-label={t('inbox.header.contact')} onClick={() => setDialog('contact')}>
          <ContactPageOutlined />
        </IconButton>
      </Stack>
      <Menu anchorEl={menuAnchor} open={menuAnchor !== null} onClose={() => setMenuAnchor(null)}>
        {folded.map((item) => (
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
        queueId={ticket.queueId}
        busy={busy === 'close'}
        onClose={closeDialog}
        onConfirm={(sendFarewell, closeReasonId) =>
          void run({ action: 'close', sendFarewell, closeReasonId }).then((done) => {
            if (done) closeDialog();
          })
        }
      />
      <ConfirmDialog
        // Only while the AI still answers: a handoff meanwhile (seen live) closes the question.
        open={dialog === 'takeOver' && withAi}
        title={t('aiInbox.takeOverTitle')}
        body={t('aiInbox.takeOverBody', { name: ticket.contact.name })}
        confirmLabel={t('aiInbox.takeOver')}
        busy={busy === 'takeOver'}
        onConfirm={takeOver}
        onClose={closeDialog}
      />
      <BlockContactDialog open={dialog === 'block'} contact={ticket.contact} onClose={closeDialog} />
      <ContactDrawer open={dialog === 'contact'} onClose={closeDialog} ticket={ticket} />
      {/* The customer pre-filled and this conversation linked: the deal's timeline leads back here. */}
      {dialog === 'deal' ? <DealFormDialog open onClose={closeDialog} contact={ticket.contact} ticketId={ticket.id} /> : null}
      <ScheduleMessageDialog open={dialog === 'schedule'} onClose={closeDialog} contact={ticket.contact} whatsappId={ticket.whatsappId} />
    </Stack>
  );
}

/** The customer's CSAT answer after the close: "★ 4" beside the status, said in full to assistive technology. */
function CsatRating({ rating }: { rating: number }) {
  const { t } = useTranslation();
  const label = t('tickets.csatRated', { rating });
  return (
    <Box
      component="span"
      role="img"
      aria-label={label}
      title={label}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, ml: 1, verticalAlign: 'bottom', color: 'warning.dark', fontWeight: 600 }}
    >
      <StarRounded sx={{ fontSize: 14 }} aria-hidden />
      {rating}
    </Box>
  );
}
