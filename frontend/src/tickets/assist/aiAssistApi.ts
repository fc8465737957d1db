import type { Answer } from '@atende/contract';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/ApiError';
import { api } from '../../api/client';
import { errorMessage } from '../../i18n/errorMessage';

/** The summary's language: the attendant's (the app's), one the backend knows. */
export type AssistLanguage = 'pt-BR' | 'en' | 'es';

export const aiAssistApi = {
  /** A draft of the next reply, for the composer; the server sends nothing. */
  suggest: (ticketId: number) => api.post<Answer<'POST /api/tickets/:id/ai/suggest'>>(`/api/tickets/${ticketId}/ai/suggest`, {}).then((r) => r.text),
  summary: (ticketId: number, language: AssistLanguage) =>
    api.post<Answer<'POST /api/tickets/:id/ai/summary'>>(`/api/tickets/${ticketId}/ai/summary`, { language }).then((r) => r.text),
};

export function assistLanguage(language: string): AssistLanguage {
  return language === 'en' || language === 'es' ? language : 'pt-BR';
}

const OWN_CODES = new Set(['ERR_AI_NO_AGENT', 'ERR_AI_EMPTY_CONVERSATION', 'ERR_AI_BUDGET_SPENT']);

/** The assist's own refusals in the attendant's words; the endpoint's failures read as everywhere else. */
export function assistErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && OWN_CODES.has(error.code)) return t(`chatAi.errors.${error.code}`);
  return errorMessage(t, error);
}
