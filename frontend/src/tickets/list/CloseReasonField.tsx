import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { CloseReasonMode, CloseReasonView } from '@atende/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseReasons } from '../../closing/closingApi';
import { useQueues } from '../queuesQuery';

const STRICTNESS: Record<CloseReasonMode, number> = { none: 0, optional: 1, required: 2 };

/**
 * The mode that asks for what every ticket's queue needs: one 'required' queue makes the reason required for
 * the batch (its tickets would be refused without one), and 'none' only when no queue uses reasons at all.
 */
export function strictestCloseReasonMode(modes: readonly CloseReasonMode[]): CloseReasonMode {
  return modes.reduce<CloseReasonMode>((strictest, mode) => (STRICTNESS[mode] > STRICTNESS[strictest] ? mode : strictest), 'none');
}

export interface CloseReasonChoice {
  mode: CloseReasonMode;
  reasons: CloseReasonView[];
  /** Whether the picker is shown: a required reason, or an optional one when the company has any. */
  asks: boolean;
  reason: number | '';
  setReason(reason: number | ''): void;
  /** A required reason not chosen yet: the confirm button waits for it. */
  missing: boolean;
  /** What goes to the server: nothing when the picker is not shown or left on "Sem motivo". */
  closeReasonId: number | undefined;
}

/**
 * The close reason for closing the tickets of these queues (one for the chat's "Finalizar", several for a bulk
 * close): the same rule as the server's, a ticket without a queue may give a reason and is never required to.
 */
export function useCloseReasonChoice(queueIds: readonly (number | null)[]): CloseReasonChoice {
  const [reason, setReason] = useState<number | ''>('');
  const reasons = useCloseReasons().data ?? [];
  const queues = useQueues().data;
  const mode = strictestCloseReasonMode(
    queueIds.map((queueId) => (queueId === null ? 'optional' : (queues?.find((q) => q.id === queueId)?.closeReasonMode ?? 'optional'))),
  );
  const asks = mode === 'required' || (mode === 'optional' && reasons.length > 0);
  return {
    mode,
    reasons,
    asks,
    reason,
    setReason,
    missing: mode === 'required' && reason === '',
    closeReasonId: asks && reason !== '' ? reason : undefined,
  };
}

/** The reason picker of the close dialogs; nothing when the queues ask for no reason. */
export function CloseReasonField({ choice, requiredText, helperText }: { choice: CloseReasonChoice; requiredText: string; helperText?: string }) {
  const { t } = useTranslation();
  if (!choice.asks) return null;
  return (
    <TextField
      select
      fullWidth
      sx={{ mt: 2 }}
      label={t('closing.reason')}
      value={choice.reason}
      required={choice.mode === 'required'}
      helperText={choice.missing ? requiredText : helperText}
      onChange={(event) => choice.setReason(event.target.value === '' ? '' : Number(event.target.value))}
    >
      {choice.mode === 'optional' ? <MenuItem value="">{t('closing.noReason')}</MenuItem> : null}
      {choice.reasons.map((r) => (
        <MenuItem key={r.id} value={r.id}>
          {r.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
