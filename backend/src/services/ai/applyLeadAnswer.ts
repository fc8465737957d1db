import type { Transaction } from 'sequelize';
import { z } from 'zod';
import type { AgentAnswer } from '../../ai/agentAnswer.js';
import { applyLeadToContact, type LeadUpdate } from '../../db/contactLeads.js';
import { lockContactOfTicket, withTags, type CustomField } from '../../db/contacts.js';
import { domainEvents } from '../../events/bus.js';
import { CONTACT_LIMITS } from '../contacts/limits.js';

// The lead the AI agent collects lands on the contact, where attendants and the CRM read it: the score, and
// the customer's own words as custom fields. The field names are data in the contact's list, in Brazilian
// Portuguese like everything else Atende writes on its own (the handoff note): an attendant recognises them
// and may edit or remove them like any field they typed.
const FIELD = { name: 'Nome', email: 'E-mail', interest: 'Interesse', budget: 'Orçamento', urgency: 'Urgência' } as const;

/** A model may answer any number; one answer moves the score by at most the whole scale. */
const MAX_DELTA = 100;

// The API's own e-mail rule: only an address it would accept fills the contact's e-mail.
const emailAddress = z.string().trim().toLowerCase().email().max(CONTACT_LIMITS.email);

/**
 * What one answer changes, or null when it carries nothing: the interest, budget and urgency the customer
 * stated replace the fields' values (what they say last is what holds: a budget changes in a conversation).
 * The name fills only a placeholder name (the number): a name the contact chose on WhatsApp or an attendant
 * typed is theirs, so the model's reading goes to the field "Nome" beside it instead. The e-mail likewise fills
 * only an empty e-mail; a different one, or text that is no address, goes to the field "E-mail".
 */
export function leadUpdateOf(answer: Pick<AgentAnswer, 'lead' | 'leadScoreDelta'>): LeadUpdate | null {
  const { lead } = answer;
  const delta = Number.isFinite(answer.leadScoreDelta) ? Math.max(-MAX_DELTA, Math.min(MAX_DELTA, Math.round(answer.leadScoreDelta))) : 0;
  const fields: CustomField[] = (['interest', 'budget', 'urgency'] as const).flatMap((key) => {
    const value = lead[key]?.trim().slice(0, CONTACT_LIMITS.customFieldValue);
    return value ? [{ name: FIELD[key], value }] : [];
  });
  const rawEmail = lead.email?.trim() || null;
  const email = rawEmail ? (emailAddress.safeParse(rawEmail).data ?? null) : null;
  if (rawEmail && !email) fields.push({ name: FIELD.email, value: rawEmail.slice(0, CONTACT_LIMITS.customFieldValue) });
  const name = lead.name?.trim().slice(0, CONTACT_LIMITS.name) || null;
  if (delta === 0 && fields.length === 0 && !name && !email) return null;
  return { delta, fields, name, nameField: FIELD.name, email, emailField: FIELD.email };
}

/**
 * Inside the transaction that records the AI's turn (its reply written, or its handoff), so an answer counts
 * exactly once: a job retried after a crash finds its reply stored and applies nothing again, and an answer
 * that is never used (the customer wrote again meanwhile: the next turn judges the whole burst) changes
 * nothing. Call it before the ticket's row is locked (lockContactOfTicket says why). The contact is announced
 * after commit, so cards, the drawer and the contacts list follow.
 */
export async function applyLeadAnswer(
  transaction: Transaction,
  at: { companyId: number; ticketId: number },
  answer: Pick<AgentAnswer, 'lead' | 'leadScoreDelta'> | null | undefined,
): Promise<{ apply(contactId: number): Promise<void> } | null> {
  const update = answer ? leadUpdateOf(answer) : null;
  if (!update) return null;
  await lockContactOfTicket(transaction, at.companyId, at.ticketId);
  return {
    async apply(contactId: number) {
      const row = await applyLeadToContact(transaction, at.companyId, contactId, update);
      if (!row) return;
      const [contact] = await withTags([row], transaction);
      domainEvents.publishAfterCommit(transaction, 'contact.updated', { companyId: at.companyId, contact: contact! });
    },
  };
}
