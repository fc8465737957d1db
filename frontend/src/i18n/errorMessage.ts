import type { TFunction } from 'i18next';
import { ApiError } from '../api/ApiError';
import { i18n } from './index';

/** The one place an error becomes text: known `ERR_*` codes are translated, anything else is generic. */
export function errorMessage(t: TFunction, error: unknown): string {
  const key = error instanceof ApiError ? `errors.${error.code}` : null;
  return key && i18n.exists(key) ? t(key) : t('errors.generic');
}
