import type { Transaction } from 'sequelize';
import { CONTACT_LIMITS } from '../services/contacts/limits.js';
import { CONTACT_COLUMNS, type ContactRow, type CustomField } from './contacts.js';
import { one } from './sql.js';

// What the AI agent learns about a customer, written onto their contact (issue 13): the lead score and custom fields.

/** What one answer of the AI agent learnt about its customer (services/ai/applyLeadAnswer.ts decides the fields). */
export interface LeadUpdate {
  /** Added to the score, clamped to 0–100 in the statement; 0 leaves it as it is (also unscored). */
  delta: number;
  /** Custom fields to set, by name (case ignored): a field the contact has gets the new value, a new one goes last. */
  fields: CustomField[];
  /** The name the customer gave: it replaces the placeholder name (the number) only, otherwise it goes to the field `nameField`. */
  name: string | null;
  nameField: string;
  /** An address that passed the API's e-mail rule: it fills an empty e-mail; a different one goes to the field `emailField`. */
  email: string | null;
  emailField: string;
}

/**
 * The contact's custom fields with `wanted` (SQL rows name, value, pos) merged in: same order, values
 * replaced by name ignoring case, new ones appended while the contact has fewer than `max` fields. Plain
 * correlated subqueries, no WITH: PostgreSQL re-evaluates these on the newest row version after waiting for a
 * concurrent writer, which it does not do for a CTE's rows (measured: a CTE form lost fields under 12
 * concurrent updates).
 */
function mergedCustomFields(wanted: string, max: number): string {
  const current = `(CASE WHEN jsonb_typeof(c."extraInfo") = 'array' THEN c."extraInfo" ELSE '[]'::jsonb END)`;
  return `(SELECT COALESCE(jsonb_agg(m.item ORDER BY m.ord), '[]'::jsonb) FROM (
       SELECT CASE WHEN w.name IS NULL THEN cur.f ELSE jsonb_set(cur.f, '{value}', to_jsonb(w.value)) END AS item, cur.i AS ord
       FROM jsonb_array_elements(${current}) WITH ORDINALITY AS cur(f, i) LEFT JOIN (${wanted}) w ON lower(w.name) = lower(cur.f->>'name')
       UNION ALL
       SELECT jsonb_build_object('name', a.name, 'value', a.value), 1000000 + a.n FROM (
         SELECT w.name, w.value, row_number() OVER (ORDER BY w.pos) AS n FROM (${wanted}) w
         WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(${current}) AS have(f) WHERE lower(have.f->>'name') = lower(w.name))) a
       WHERE jsonb_array_length(${current}) + a.n <= ${max}
     ) m)`;
}

/**
 * Applies what one AI answer learnt about the customer, in ONE statement on the row as it is when the update
 * runs: two turns of the same contact (two tickets, two connections) committing at once both count, and an
 * attendant's edit in between is kept — each expression reads the latest row version, PostgreSQL re-evaluating
 * them after waiting for a concurrent writer. The score moves by the delta, clamped to 0–100 here (an unscored
 * contact starts from 0); fields are merged by name. Answers the row when something changed, nothing otherwise
 * (a model repeating what it knew changes nothing and announces nothing).
 */
export function applyLeadToContact(transaction: Transaction, companyId: number, contactId: number, lead: LeadUpdate): Promise<ContactRow | undefined> {
  const wanted = `SELECT e->>'name' AS name, e->>'value' AS value, i AS pos FROM jsonb_array_elements(:fields::jsonb) WITH ORDINALITY AS g(e, i)
    UNION ALL SELECT :nameField, :name, 1000 WHERE :name::text IS NOT NULL AND c.name <> c.number AND lower(c.name) <> lower(:name)
    UNION ALL SELECT :emailField, :email, 1001 WHERE :email::text IS NOT NULL AND c.email IS NOT NULL AND lower(c.email) <> lower(:email)`;
  const next = {
    score: `CASE WHEN :delta = 0 THEN c."leadScore" ELSE LEAST(100, GREATEST(0, COALESCE(c."leadScore", 0) + :delta)) END`,
    extraInfo: mergedCustomFields(wanted, CONTACT_LIMITS.customFields),
    // The placeholder name is the number (no push name, nobody typed one): the name the customer gave is better.
    name: `CASE WHEN :name::text IS NOT NULL AND c.name = c.number THEN :name ELSE c.name END`,
    email: `COALESCE(c.email, :email)`,
  };
  return one<ContactRow>(
    `UPDATE "Contacts" c SET "leadScore" = ${next.score}, "extraInfo" = ${next.extraInfo}, name = ${next.name}, email = ${next.email}, "updatedAt" = now()
     WHERE c.id = :contactId AND c."companyId" = :companyId
       AND (c."leadScore", c."extraInfo", c.name, c.email) IS DISTINCT FROM (${next.score}, ${next.extraInfo}, ${next.name}, ${next.email})
     RETURNING ${CONTACT_COLUMNS}`,
    { ...lead, fields: JSON.stringify(lead.fields), companyId, contactId },
    { transaction },
  );
}
