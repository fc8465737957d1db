import type { Answer } from '@atende/contract';
import { api } from '../../api/client';

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
