import type { Transaction } from 'sequelize';
import { one } from './sql.js';

function same(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/**
 * Writes the fields of `changes` that differ from `current` (the row as read) and answers the row as stored.
 * Undefined leaves a column as it is; nothing different means no statement at all, so `updatedAt` moves only
 * on a real change (what the Sequelize models of Companies, Users and Whatsapps did). `table` and `columns`
 * come from the calling module's fixed maps, never from input; the values travel as named replacements.
 */
export async function updateChanged<Row extends { id: number }, Field extends keyof Row & string>(
  table: string,
  columns: Readonly<Record<Field, string>>,
  current: Row,
  changes: Partial<Pick<Row, Field>>,
  transaction?: Transaction | null,
): Promise<Row> {
  const fields = (Object.keys(columns) as Field[]).filter((f) => changes[f] !== undefined && !same(changes[f], current[f]));
  if (fields.length === 0) return current;
  const sets = fields.map((f) => `${columns[f]} = :${f}`);
  const values = Object.fromEntries(fields.map((f) => [f, changes[f]]));
  const row = await one<Row>(
    `UPDATE "${table}" SET ${sets.join(', ')}, "updatedAt" = now() WHERE id = :id RETURNING *`,
    { ...values, id: current.id },
    { transaction },
  );
  // The row was read (and, in a transaction, locked) just before: gone now only if deleted concurrently.
  return row ?? current;
}
