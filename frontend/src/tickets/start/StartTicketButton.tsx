import AddComment from '@mui/icons-material/AddCommentOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StartTicketDialog } from './StartTicketDialog';

/** The inbox's "Nova conversa" button and its dialog. */
export function StartTicketButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('startTicket.button')}>
        <IconButton aria-label={t('startTicket.button')} onClick={() => setOpen(true)} size="small">
          <AddComment />
        </IconButton>
      </Tooltip>
      <StartTicketDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
