import AddComment from '@mui/icons-material/AddCommentOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import ScheduleSend from '@mui/icons-material/ScheduleSendOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import { UnblockButton } from '../closing/BlockedContact';
import type { Contact } from './contactTypes';

interface ContactRowActionsProps {
  contact: Contact;
  canDelete: boolean;
  onEdit(contact: Contact): void;
  onDelete(contact: Contact): void;
  onStartConversation(contact: Contact): void;
  onScheduleMessage(contact: Contact): void;
}

/**
 * Everyone writes to and edits a contact; only managers delete one (the server refuses the others too).
 * Groups are not written to first, nor scheduled to (a scheduled message goes out like a first message).
 */
export function ContactRowActions({ contact, canDelete, onEdit, onDelete, onStartConversation, onScheduleMessage }: ContactRowActionsProps) {
  const { t } = useTranslation();
  const name = { name: contact.name };
  return (
    <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
      {contact.isGroup ? null : (
        <Tooltip title={t('startTicket.rowAction', name)}>
          <IconButton aria-label={t('startTicket.rowAction', name)} onClick={() => onStartConversation(contact)} size="small" color="primary">
            <AddComment fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      {contact.isGroup ? null : (
        <Tooltip title={t('scheduled.scheduleFor', name)}>
          <IconButton aria-label={t('scheduled.scheduleFor', name)} onClick={() => onScheduleMessage(contact)} size="small">
            <ScheduleSend fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      <Tooltip title={t('contacts.editContact', name)}>
        <IconButton aria-label={t('contacts.editContact', name)} onClick={() => onEdit(contact)} size="small">
          <EditOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      {canDelete && contact.blockedAt ? <UnblockButton contact={contact} /> : null}
      {canDelete ? (
        <Tooltip title={t('contacts.deleteContact', name)}>
          <IconButton aria-label={t('contacts.deleteContact', name)} onClick={() => onDelete(contact)} size="small" color="error">
            <DeleteOutline fontSize="small" />
          </IconButton>
        </Tooltip>
      ) : null}
    </Stack>
  );
}
