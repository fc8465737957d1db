import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { useFeedback } from '../common/FeedbackContext';
import { FormDialog } from '../common/FormDialog';
import type { Contact } from '../contacts/contactTypes';
import { useAttendants } from '../tickets/list/inboxLookups';
import { ContactPicker } from '../tickets/start/ContactPicker';
import { crmApi, crmKey, dealKey, usePipelines, type DealInput, type DealView } from './crmApi';
import { centsForInput, parseReais } from './money';

interface DealFormDialogProps {
  open: boolean;
  onClose(): void;
  /** Editing this deal; otherwise a new one. */
  deal?: DealView;
  /** A new deal's pipeline (the kanban's); the first pipeline otherwise. */
  pipelineId?: number;
  /** "Criar negócio" from a chat or a contact: the customer, and the conversation it came from. */
  contact?: { id: number; name: string };
  ticketId?: number;
  onSaved?(deal: DealView): void;
}

const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

/** Creates or edits a deal: title, value in reais (kept in cents), stage and expected close date. */
export function DealFormDialog({ open, onClose, deal, pipelineId, contact, ticketId, onSaved }: DealFormDialogProps) {
  const { t, i18n } = useTranslation();
  const { notify } = useFeedback();
  const client = useQueryClient();
  const pipelines = usePipelines();
  const { user: me } = useAuth();
  // Supervisors and admins hand deals to someone; an attendant's deals are their own (the server's rule).
  const assigns = me !== null && me.profile !== 'user';
  const attendants = useAttendants(assigns);
  const [ownerId, setOwnerId] = useState<number | null>(deal ? (deal.owner?.id ?? null) : (me?.id ?? null));
  const [title, setTitle] = useState(deal?.title ?? (contact ? contact.name : ''));
  const [valueText, setValueText] = useState(deal ? centsForInput(deal.value, i18n.language) : '');
  const [chosenPipeline, setChosenPipeline] = useState<number | null>(deal?.pipelineId ?? pipelineId ?? null);
  const pipeline = pipelines.data?.find((p) => p.id === chosenPipeline) ?? pipelines.data?.[0];
  const [stageId, setStageId] = useState<number | null>(deal?.stageId ?? null);
  const stage = pipeline?.stages.find((s) => s.id === stageId) ?? pipeline?.stages[0];
  const [closeDate, setCloseDate] = useState(dayOf(deal?.expectedCloseAt ?? null));
  const [touched, setTouched] = useState(false);
  // A new deal from the kanban: the customer is searched for here (from a chat or a contact it comes given).
  const [picked, setPicked] = useState<Contact | null>(null);
  const value = parseReais(valueText);
  const titleError = touched && title.trim() === '' ? t('validation.required') : undefined;
  const valueError = touched && value === null ? t('crm.valueInvalid') : undefined;

  const save = useMutation({
    mutationFn: (input: DealInput) => (deal ? crmApi.updateDeal(deal.id, input) : crmApi.createDeal(input)),
    onSuccess: (saved) => {
      client.setQueryData(dealKey(saved.id), saved);
      void client.invalidateQueries({ queryKey: [...crmKey, 'contactDeals'] });
      notify(t(deal ? 'crm.saved' : 'crm.created'), 'success');
      onSaved?.(saved);
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (title.trim() === '' || value === null || !pipeline || !stage) return;
    const common = {
      title: title.trim(),
      value,
      expectedCloseAt: closeDate ? new Date(`${closeDate}T12:00:00`).toISOString() : null,
      ...(assigns ? { ownerId } : {}),
    };
    // A stage change in the form is a move to the end of that column; the kanban places cards precisely.
    const input: DealInput = deal
      ? { ...common, ...(stage.id !== deal.stageId ? { stageId: stage.id } : {}) }
      : { ...common, pipelineId: pipeline.id, stageId: stage.id, contactId: contact?.id ?? picked?.id ?? null, ticketId: ticketId ?? null };
    save.mutate(input);
  };

  return (
    <FormDialog
      open={open}
      title={deal ? t('crm.editDeal') : t('crm.newDeal')}
      submitting={save.isPending}
      editing={deal !== undefined}
      error={save.error}
      onClose={onClose}
      onSubmit={submit}
    >
      {contact ? (
        <Typography variant="body2" color="text.secondary">
          {t('crm.forContact', { name: contact.name })}
        </Typography>
      ) : null}
      {!deal && !contact ? (
        <ContactPicker
          value={picked}
          onChange={(next) => {
            setPicked(next);
            // An untitled deal is named after its customer, as one from a chat is.
            if (next && title.trim() === '') setTitle(next.name);
          }}
          required={false}
          label={t('crm.contact')}
          hint={t('crm.contactHint')}
        />
      ) : null}
      <TextField label={t('crm.dealTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required error={!!titleError} helperText={titleError} />
      <TextField
        label={t('crm.value')}
        value={valueText}
        onChange={(e) => setValueText(e.target.value)}
        error={!!valueError}
        helperText={valueError ?? t('crm.valueHint')}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      />
      {!deal && (pipelines.data?.length ?? 0) > 1 ? (
        <TextField
          select
          label={t('crm.pipeline')}
          value={pipeline?.id ?? ''}
          onChange={(e) => {
            setChosenPipeline(Number(e.target.value));
            setStageId(null);
          }}
        >
          {pipelines.data?.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <TextField select label={t('crm.stage')} value={stage?.id ?? ''} onChange={(e) => setStageId(Number(e.target.value))}>
        {(pipeline?.stages ?? [])
          // A lost deal needs its reason: the kanban asks for it.
          .filter((s) => s.kind !== 'lost' || s.id === deal?.stageId)
          .map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
      </TextField>
      {assigns ? (
        <TextField select label={t('crm.owner')} value={ownerId ?? ''} onChange={(e) => setOwnerId(e.target.value === '' ? null : Number(e.target.value))}>
          <MenuItem value="">{t('crm.noOwner')}</MenuItem>
          {/* The current owner even when the list does not hold them (deactivated, beyond the first page). */}
          {[...(attendants.data ?? []), ...(deal?.owner && !attendants.data?.some((u) => u.id === deal.owner?.id) ? [deal.owner] : [])].map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <TextField
        label={t('crm.expectedClose')}
        type="date"
        value={closeDate}
        onChange={(e) => setCloseDate(e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </FormDialog>
  );
}
