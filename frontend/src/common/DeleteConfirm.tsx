import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

interface DeleteConfirmProps<T> {
  /** The thing to delete; null closes the dialog. */
  item: T | null;
  title: string;
  body(item: T): string;
  onClose(): void;
  /** Reports its own errors; the dialog closes either way. */
  onConfirm(item: T): Promise<void>;
}

/** "Delete X?" with a busy confirm button, for any admin list. */
export function DeleteConfirm<T>({ item, title, body, onClose, onConfirm }: DeleteConfirmProps<T>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // Keep the last item while the dialog animates out, so the text does not vanish mid-transition.
  const [shown, setShown] = useState<T | null>(item);
  if (item !== null && item !== shown) setShown(item);

  async function confirm() {
    if (item === null) return;
    setBusy(true);
    try {
      await onConfirm(item);
    } finally {
      setBusy(false);
      onClose();
    }
  }

  return (
    <ConfirmDialog
      open={item !== null}
      title={title}
      body={shown === null ? '' : body(shown)}
      confirmLabel={t('common.delete')}
      destructive
      busy={busy}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
