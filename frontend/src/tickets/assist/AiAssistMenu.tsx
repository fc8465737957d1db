import AutoAwesome from '@mui/icons-material/AutoAwesomeOutlined';
import Alert from '@mui/material/Alert';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Popper from '@mui/material/Popper';
import Tooltip from '@mui/material/Tooltip';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAiAgentsList } from '../../aiAgents/aiAgentsApi';
import { errorMessage } from '../../i18n/errorMessage';
import { aiAssistApi } from './aiAssistApi';
import { SummaryDialog } from './SummaryDialog';

interface AiAssistMenuProps {
  ticketId: number;
  disabled?: boolean;
  /** The suggested reply, for the composer's box: it is never sent from here. */
  onDraft(text: string): void;
}

/**
 * The attendant's AI assist beside the composer: "Sugerir resposta" puts a draft in the box, "Resumir conversa"
 * opens the summary. Shown only where the company has an enabled agent (the server still says when none
 * applies to this ticket).
 */
export function AiAssistMenu({ ticketId, disabled, onDraft }: AiAssistMenuProps) {
  const { t } = useTranslation();
  const menuId = useId();
  const agents = useAiAgentsList();
  // Where the notice is anchored: a state, not a ref, so that it renders once the button is there.
  const [button, setButton] = useState<HTMLSpanElement | null>(null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const [notice, setNotice] = useState<{ text: string; failed: boolean } | null>(null);
  // The notice goes away by itself, like the app's snackbar (longer for a failure: it has more to read).
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.failed ? 8000 : 5000);
    return () => clearTimeout(timer);
  }, [notice]);
  const suggestion = useMutation({
    mutationFn: () => aiAssistApi.suggest(ticketId),
    onSuccess: (text) => {
      onDraft(text);
      setNotice({ text: t('chatAi.suggested'), failed: false });
    },
    onError: (error) => setNotice({ text: errorMessage(t, error), failed: true }),
  });
  if (!agents.data?.some((agent) => agent.enabled)) return null;

  const working = suggestion.isPending;
  return (
    <>
      <Tooltip title={working ? t('chatAi.working') : t('chatAi.menu')}>
        <span ref={setButton}>
          <IconButton
            aria-label={t('chatAi.menu')}
            aria-haspopup="menu"
            aria-controls={anchor ? menuId : undefined}
            aria-expanded={anchor ? true : undefined}
            aria-busy={working}
            loading={working}
            disabled={disabled}
            onClick={(event) => {
              setNotice(null); // a new request: the last one's notice is done (and would float over the summary)
              setAnchor(event.currentTarget);
            }}
          >
            <AutoAwesome />
          </IconButton>
        </span>
      </Tooltip>
      {/* Above the button, like the emoji picker, leaving the composer and its buttons in sight; the hints wrap
          inside a phone's width (with the popover's 16 px margin on both sides) instead of running off the screen. */}
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'top', horizontal: 'left' }}
        transformOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { sx: { maxWidth: 'min(380px, calc(100vw - 32px))' } } }}
      >
        <MenuItem
          sx={{ whiteSpace: 'normal' }}
          onClick={() => {
            setAnchor(null);
            suggestion.mutate();
          }}
        >
          <ListItemText primary={t('chatAi.suggest')} secondary={t('chatAi.suggestHint')} />
        </MenuItem>
        <MenuItem
          sx={{ whiteSpace: 'normal' }}
          onClick={() => {
            setAnchor(null);
            setSummaryOpen(true);
          }}
        >
          <ListItemText primary={t('chatAi.summarize')} secondary={t('chatAi.summarizeHint')} />
        </MenuItem>
      </Menu>
      {/* Over the conversation, just above the composer's row (the button's parent: the box grows taller than
          the button with a long draft), not in the app's snackbar at the bottom: that one would cover the very
          draft the attendant is asked to review, and the composer's buttons. */}
      <Popper
        open={notice !== null && button !== null}
        anchorEl={button?.parentElement}
        placement="top-start"
        modifiers={[{ name: 'offset', options: { offset: [0, 8] } }]}
        sx={{ zIndex: (theme) => theme.zIndex.snackbar, maxWidth: 'min(420px, calc(100vw - 32px))' }}
      >
        {notice ? (
          <Alert
            severity={notice.failed ? 'error' : 'success'}
            variant="filled"
            role={notice.failed ? 'alert' : 'status'}
            onClose={() => setNotice(null)}
            slotProps={{ closeButton: { title: t('chatAi.close'), 'aria-label': t('chatAi.close') } }}
            sx={{ boxShadow: 3 }}
          >
            {notice.text}
          </Alert>
        ) : null}
      </Popper>
      {summaryOpen ? <SummaryDialog ticketId={ticketId} onClose={() => setSummaryOpen(false)} /> : null}
    </>
  );
}
