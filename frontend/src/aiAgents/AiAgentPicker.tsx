import { useTranslation } from 'react-i18next';
import { OptionalSelect } from '../common/OptionalSelect';
import { useAiAgentsList } from './aiAgentsApi';

interface AiAgentPickerProps {
  value: number | null;
  onChange(aiAgentId: number | null): void;
  /** What the agent answers for, said under the select (a connection's or a queue's new tickets). */
  help: string;
  disabled?: boolean;
  /** Default "Agente de IA". */
  label?: string;
}

/** "Agente de IA" on the connection and queue forms: none, or one of the company's agents. */
export function AiAgentPicker({ value, onChange, help, disabled, label }: AiAgentPickerProps) {
  const { t } = useTranslation();
  const agents = useAiAgentsList();
  const choices = (agents.data ?? []).map((agent) => ({ id: agent.id, name: agent.enabled ? agent.name : t('aiAgents.disabledName', { name: agent.name }) }));
  // Until the list arrives (or if the agent went meanwhile), the chosen one is still a valid entry of the select.
  if (value !== null && !choices.some((c) => c.id === value))
    choices.push({ id: value, name: agents.isPending ? t('app.loading') : t('aiAgents.unknownAgent') });
  return (
    <OptionalSelect
      label={label ?? t('aiAgents.picker')}
      noneLabel={t('aiAgents.none')}
      value={value === null ? '' : String(value)}
      onChange={(next) => onChange(next === '' ? null : Number(next))}
      choices={choices}
      help={agents.isError ? t('aiAgents.loadFailed') : help}
      disabled={disabled}
    />
  );
}
