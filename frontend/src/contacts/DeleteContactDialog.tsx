import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../common/ConfirmDialog';
import type { Contact } from './contactTypes';

interface DeleteContactDialogProps {
  contact: Contact | null;
  onClose(): void;
  onConfirm(contact: Contact): Promise<void>;
}

export function DeleteContactDialog({ contact, onClose, onConfirm }: DeleteContactDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // Keep the last contact while the dialog animates out, so the text does not vanish mid-transition.
  const [shown, setShown] = useState<Contact | null>(contact);
  if (contact && contact !== shown) setShown(contact);

  async function confirm() {
    if (!contact) return;
    setBusy(true);
    try {
      await onConfirm(contact);
    } finally {
      setBusy(false);
      onClose();
    }
  }

  return (
    <ConfirmDialog
      open={contact !== null}
      title={t('contacts.deleteTitle')}
      body={t('contacts.deleteBody', { name: shown?.name ?? '' })}
      confirmLabel={t('common.delete')}
      destructive
      busy={busy}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
