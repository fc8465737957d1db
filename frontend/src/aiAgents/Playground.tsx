import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import Send from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { aiAgentsApi, type AiAgent } from './aiAgentsApi';
import { aiFailureText } from './aiFailureText';
import { PlaygroundBubble, type PlaygroundTurn } from './PlaygroundBubble';

/** The backend's limits for one test (routes/aiAgents/schema.ts testAiAgentBody). */
const MAX_MESSAGES = 50;
const MAX_CONTENT = 4000;

/**
 * The admin talks to the agent as a customer would: each message goes with the whole conversation so far,
 * and the agent answers exactly as it would on WhatsApp (nothing is sent there), with what it understood and
 * whether a person would take over instead. A failed call puts the message back in the box, with the reason,
 * to send again.
 */
export function Playground({ agent }: { agent: AiAgent }) {
  const { t, i18n } = useTranslation();
  const [turns, setTurns] = useState<PlaygroundTurn[]>([]);
  const [draft, setDraft] = useState('');
  const logRef = useRef<HTMLDivElement>(null);
  const ask = useMutation({
    mutationFn: (conversation: PlaygroundTurn[]) =>
      aiAgentsApi.test(
        agent.id,
        // An answer with no reply (a person would have taken over) is not part of what the customer saw.
        conversation.filter(({ content }) => content !== '').map(({ role, content }) => ({ role, content })),
      ),
    onSuccess: ({ reply, usage, intent, confidence, handoff }) =>
      setTurns((sent) => [...sent, { role: 'assistant', content: reply, usage, verdict: { intent, confidence, handoff } }]),
    onError: (_error, conversation) => {
      setTurns(conversation.slice(0, -1));
      setDraft(conversation.at(-1)?.content ?? '');
    },
  });

  // The newest message stays in view.
  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [turns, ask.isPending]);

  const text = draft.trim();
  const full = turns.length + 1 > MAX_MESSAGES;
  const canSend = text !== '' && text.length <= MAX_CONTENT && !ask.isPending && !full;
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    const conversation: PlaygroundTurn[] = [...turns, { role: 'user', content: text }];
    setTurns(conversation);
    setDraft('');
    ask.mutate(conversation);
  };
  const clear = () => {
    ask.reset();
    setTurns([]);
  };

  const number = new Intl.NumberFormat(i18n.language);
  const total = turns.reduce((sum, turn) => sum + (turn.usage ? turn.usage.promptTokens + turn.usage.completionTokens : 0), 0);

  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="text.secondary">
        {t('aiTest.playgroundHint')}
      </Typography>
      <Box
        ref={logRef}
        role="log"
        aria-label={t('aiTest.log')}
        sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, minHeight: 160, maxHeight: 300, overflowY: 'auto', bgcolor: 'action.hover' }}
      >
        <Stack spacing={1}>
          {turns.length === 0 && !ask.isPending ? (
            <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', py: 5 }}>
              {t('aiTest.empty')}
            </Typography>
          ) : null}
          {turns.map((turn, index) => (
            <PlaygroundBubble key={index} turn={turn} agentName={agent.name} />
          ))}
          {ask.isPending ? (
            <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center', color: 'text.secondary', px: 1 }}>
              <CircularProgress size={16} color="inherit" />
              <Typography variant="body2">{t('aiTest.thinking', { name: agent.name })}</Typography>
            </Stack>
          ) : null}
        </Stack>
      </Box>
      {ask.isError ? (
        <Alert severity="error" role="alert">
          {aiFailureText(t, ask.error, agent)}
        </Alert>
      ) : null}
      {full ? <Alert severity="info">{t('aiTest.full')}</Alert> : null}
      <Stack component="form" direction="row" spacing={1} onSubmit={send} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={t('aiTest.message')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Enter sends, as in the chat; Shift+Enter starts a new line.
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) send(e);
          }}
          error={text.length > MAX_CONTENT}
          helperText={text.length > MAX_CONTENT ? t('aiAgents.tooLong', { max: MAX_CONTENT }) : undefined}
          multiline
          maxRows={4}
          fullWidth
          size="small"
          autoComplete="off"
        />
        <Button type="submit" variant="contained" endIcon={<Send />} disabled={!canSend} sx={{ flexShrink: 0, mt: '2px' }}>
          {t('aiTest.send')}
        </Button>
      </Stack>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="caption" color="text.secondary">
          {total > 0 ? t('aiTest.totalTokens', { total: number.format(total) }) : ''}
        </Typography>
        <Button size="small" startIcon={<DeleteSweepOutlined />} onClick={clear} disabled={turns.length === 0 || ask.isPending}>
          {t('aiTest.clear')}
        </Button>
      </Stack>
    </Stack>
  );
}
