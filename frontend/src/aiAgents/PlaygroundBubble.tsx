import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AiAgentTestView, AiChatMessage, AiTokenUsage } from './aiAgentsApi';

/** One message of the playground's conversation; the agent's answers carry what the endpoint reported and what the AI step would do. */
export interface PlaygroundTurn extends AiChatMessage {
  usage?: AiTokenUsage;
  verdict?: Pick<AiAgentTestView, 'intent' | 'confidence' | 'handoff'>;
}

/** "Would hand over: …" in the admin's words; the model's own reason when it gave one. */
function handoffText(t: TFunction, handoff: NonNullable<AiAgentTestView['handoff']>): string {
  const why =
    handoff.cause === 'model' && !handoff.detail ? t('aiTest.handoff.modelNoReason') : t(`aiTest.handoff.${handoff.cause}`, { detail: handoff.detail ?? '' });
  return t('aiTest.handoff.line', { why });
}

/**
 * One message of the playground: the admin's on the right, the agent's on the left with what the model
 * understood, whether a person would take over instead (and why), and what it cost.
 */
export function PlaygroundBubble({ turn, agentName }: { turn: PlaygroundTurn; agentName: string }) {
  const { t, i18n } = useTranslation();
  const mine = turn.role === 'user';
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const verdict = turn.verdict;
  const empty = turn.content === '' ? (verdict?.handoff ? t('aiTest.noReply') : t('aiTest.emptyReply')) : null;
  return (
    <Box sx={{ alignSelf: mine ? 'flex-end' : 'flex-start', maxWidth: '85%' }}>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', textAlign: mine ? 'right' : 'left', px: 0.5 }}>
        {mine ? t('aiTest.you') : agentName}
      </Typography>
      <Box
        sx={{
          px: 1.5,
          py: 1,
          borderRadius: 2,
          bgcolor: mine ? 'primary.main' : 'background.paper',
          color: mine ? 'primary.contrastText' : 'text.primary',
          boxShadow: mine ? 0 : 1,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        }}
      >
        <Typography variant="body2" sx={empty ? { fontStyle: 'italic' } : undefined}>
          {empty ?? turn.content}
        </Typography>
      </Box>
      {verdict?.intent && verdict.confidence !== null ? (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', px: 0.5 }}>
          {t('aiTest.understood', { intent: verdict.intent, confidence: percent.format(verdict.confidence) })}
        </Typography>
      ) : null}
      {verdict?.handoff ? (
        <Typography variant="caption" color="warning.dark" sx={{ display: 'block', px: 0.5 }}>
          {handoffText(t, verdict.handoff)}
        </Typography>
      ) : null}
      {turn.usage ? (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', px: 0.5 }}>
          {t('aiTest.usage', { prompt: number.format(turn.usage.promptTokens), completion: number.format(turn.usage.completionTokens) })}
        </Typography>
      ) : null}
    </Box>
  );
}
