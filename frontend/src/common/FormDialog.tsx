import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { Breakpoint } from '@mui/material/styles';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  open: boolean;
  title: string;
  /** While saving: the dialog cannot be dismissed and the save button spins. */
  submitting: boolean;
  submitLabel: string;
  onClose(): void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  maxWidth?: Breakpoint;
  fullScreen?: boolean;
  /** Lines above and below a long, scrolling form. */
  dividers?: boolean;
  children: ReactNode;
}

/** The shell of the admin create/edit dialogs: a titled form with cancel and save buttons. */
export function FormDialog({ open, title, submitting, submitLabel, onClose, onSubmit, maxWidth = 'sm', fullScreen, dividers, children }: FormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={submitting ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth={maxWidth} fullScreen={fullScreen}>
      <form noValidate onSubmit={onSubmit}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers={dividers}>{children}</DialogContent>
        <DialogActions sx={dividers ? { px: 3, py: 2 } : { px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={submitting}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={submitting}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
