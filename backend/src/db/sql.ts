import { QueryTypes, type Transaction } from 'sequelize';
import { ctx } from '../context.js';

/**
 * Values of a statement, never spliced into its text by us: named (`:name`), which Sequelize escapes into
 * the SQL it sends, or positional (`$1`), sent as bind parameters — for large values and anything that must
 * not appear in the debug SQL log (key material).
 */
export type Params = Readonly<Record<string, unknown>> | readonly unknown[];

export interface RunOptions {
  /** The caller's transaction; without one the statement runs on its own. */
  transaction?: Transaction | null;
}

function values(params: Params): { replacements: Record<string, unknown> } | { bind: unknown[] } {
  return Array.isArray(params) ? { bind: [...params] } : { replacements: { ...(params as Record<string, unknown>) } };
}

/** Every row a query returns. */
export function many<Row extends object>(sql: string, params: Params = {}, options: RunOptions = {}): Promise<Row[]> {
  return ctx().sequelize.query<Row>(sql, { ...values(params), type: QueryTypes.SELECT, transaction: options.transaction ?? undefined });
}

/** The first row, or undefined when there is none. */
export async function one<Row extends object>(sql: string, params: Params = {}, options: RunOptions = {}): Promise<Row | undefined> {
  const [row] = await many<Row>(sql, params, options);
  return row;
}

/** Whether the query returns any row (`SELECT 1 … LIMIT 1`). */
export async function exists(sql: string, params: Params = {}, options: RunOptions = {}): Promise<boolean> {
  return (await many<{ '?column?': number }>(sql, params, options)).length > 0;
}

/** Runs a statement that returns no rows (INSERT/UPDATE/DELETE without RETURNING); resolves with the rows it touched. */
export async function exec(sql: string, params: Params = {}, options: RunOptions = {}): Promise<number> {
  const [, result] = await ctx().sequelize.query(sql, { ...values(params), transaction: options.transaction ?? undefined });
  return (result as { rowCount?: number | null } | undefined)?.rowCount ?? 0;
}

/** A timestamp as the API writes it; the driver gives Dates, some callers hold strings. */
export function iso(value: Date | string): string;
export function iso(value: Date | string | null): string | null;
export function iso(value: Date | string | null): string | null {
  return value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();
}
