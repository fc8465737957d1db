import type { TFunction } from 'i18next';
import { ApiError } from '../api/ApiError';
import { errorMessage } from '../i18n/errorMessage';

/** What the backend tells of a failed call (ai/callErrors.ts): fixed vocabularies, never the provider's text. */
interface AiFailureDetails {
  reason?: string;
  providerStatus?: number;
  providerCode?: string;
}

function detailsOf(error: ApiError): AiFailureDetails {
  return typeof error.details === 'object' && error.details !== null ? (error.details as AiFailureDetails) : {};
}

/**
 * A failed test or playground call in words an admin can act on: the key refused, the server out of reach,
 * a model it does not know, a usage limit, too slow. Anything else reads as any other error.
 */
export function aiFailureText(t: TFunction, error: unknown, agent: { baseUrl: string; model: string }): string {
  if (!(error instanceof ApiError) || error.code !== 'ERR_AI_ENDPOINT') return errorMessage(t, error);
  const { reason, providerStatus, providerCode } = detailsOf(error);
  const host = URL.canParse(agent.baseUrl) ? new URL(agent.baseUrl).host : agent.baseUrl;
  if (reason === 'unreachable') return t('aiTest.failure.unreachable', { host });
  if (providerCode === 'model_not_found' || providerStatus === 404) return t('aiTest.failure.notFound', { model: agent.model });
  if (providerStatus === 429) return t('aiTest.failure.rateLimited');
  if (providerStatus !== undefined) return t('aiTest.failure.status', { status: providerStatus });
  return errorMessage(t, error);
}
