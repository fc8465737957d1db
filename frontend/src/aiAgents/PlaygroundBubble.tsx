import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AiChatMessage, AiTokenUsage } from './aiAgentsApi';

/** One message of the playground's conversation; the agent's answers carry what the endpoint reported. */
export interface PlaygroundTurn extends AiChatMessage {
  usage?: AiTokenUsage;
}

/** One message of the playground: the admin's on the right, the agent's on the left with what it cost. */
export function PlaygroundBubble({ turn, agentName }: { turn: PlaygroundTurn; agentName: string }) {
  const { t, i18n } = useTranslation();
  const mine = turn.role === 'user';
  const number = new Intl.NumberFormat(i18n.language);
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
        <Typography variant="body2" sx={turn.content === '' ? { fontStyle: 'italic' } : undefined}>
          {turn.content === '' ? t('aiTest.emptyReply') : turn.content}
        </Typography>
      </Box>
      {turn.usage ? (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', px: 0.5 }}>
          {t('aiTest.usage', { prompt: number.format(turn.usage.promptTokens), completion: number.format(turn.usage.completionTokens) })}
        </Typography>
      ) : null}
    </Box>
  );
}
