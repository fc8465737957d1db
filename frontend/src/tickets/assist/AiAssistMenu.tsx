import AutoAwesome from '@mui/icons-material/AutoAwesomeOutlined';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAiAgentsList } from '../../aiAgents/aiAgentsApi';
import { useFeedback } from '../../common/FeedbackContext';
import { aiAssistApi, assistErrorText } from './aiAssistApi';
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
  const { notify } = useFeedback();
  const menuId = useId();
  const agents = useAiAgentsList();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const suggestion = useMutation({
    mutationFn: () => aiAssistApi.suggest(ticketId),
    onSuccess: (text) => {
      onDraft(text);
      notify(t('chatAi.suggested'));
    },
    onError: (error) => notify(assistErrorText(t, error), 'error'),
  });
  if (!agents.data?.some((agent) => agent.enabled)) return null;

  const working = suggestion.isPending;
  return (
    <>
      <Tooltip title={working ? t('chatAi.working') : t('chatAi.menu')}>
        <span>
          <IconButton
            aria-label={t('chatAi.menu')}
            aria-haspopup="menu"
            aria-controls={anchor ? menuId : undefined}
            aria-expanded={anchor ? true : undefined}
            aria-busy={working}
            loading={working}
            disabled={disabled}
            onClick={(event) => setAnchor(event.currentTarget)}
          >
            <AutoAwesome />
          </IconButton>
        </span>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            suggestion.mutate();
          }}
        >
          <ListItemText primary={t('chatAi.suggest')} secondary={t('chatAi.suggestHint')} />
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setSummaryOpen(true);
          }}
        >
          <ListItemText primary={t('chatAi.summarize')} />
        </MenuItem>
      </Menu>
      {summaryOpen ? <SummaryDialog ticketId={ticketId} onClose={() => setSummaryOpen(false)} /> : null}
    </>
  );
}
