import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { ConfirmDialog } from '../common/ConfirmDialog';

interface DeleteUserDialogProps {
  user: User | null;
  onClose(): void;
  onConfirm(user: User): Promise<void>;
}

export function DeleteUserDialog({ user, onClose, onConfirm }: DeleteUserDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // Keep the last user while the dialog animates out, so the text does not vanish mid-transition.
  const [shown, setShown] = useState<User | null>(user);
  if (user && user !== shown) setShown(user);

  async function confirm() {
    if (!user) return;
    setBusy(true);
    try {
      await onConfirm(user);
    } finally {
      setBusy(false);
      onClose();
    }
  }

  return (
    <ConfirmDialog
      open={user !== null}
      title={t('users.deleteTitle')}
      body={t('users.deleteBody', { name: shown?.name ?? '' })}
      confirmLabel={t('common.delete')}
      destructive
      busy={busy}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
