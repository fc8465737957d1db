import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/ApiError';

/**
 * Runs a form dialog's save and keeps what went wrong: an error code that belongs to one field (a name or
 * number already in use…) is shown at that field, anything else is `saveError`, shown on top of the form.
 */
export function useSaveError<V extends FieldValues>(setError: UseFormSetError<V>, fieldOfCode: Readonly<Record<string, Path<V>>>) {
  const [saveError, setSaveError] = useState<unknown>(null);
  const clearSaveError = useCallback(() => setSaveError(null), []);

  async function save(action: () => Promise<void>): Promise<void> {
    setSaveError(null);
    try {
      await action();
    } catch (error) {
      const field = error instanceof ApiError ? fieldOfCode[error.code] : undefined;
      if (field && error instanceof ApiError) setError(field, { message: `errors.${error.code}` }, { shouldFocus: true });
      else setSaveError(error);
    }
  }

  return { saveError, clearSaveError, save };
}
