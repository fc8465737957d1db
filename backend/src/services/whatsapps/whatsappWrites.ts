import { UniqueConstraintError, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';

export interface WhatsappSettings {
  name?: string;
  isDefault?: boolean;
  greetingMessage?: string | null;
  farewellMessage?: string | null;
  /** The AI agent of the connection's new tickets (the company's; null detaches); untouched when omitted. */
  aiAgentId?: number | null;
  /** The queues the connection serves; replaces the current set when given, untouched when omitted. */
  queueIds?: number[];
}

/** A connection write: the unique name index answers a taken name with 409, not a 500. */
export async function inWhatsappTransaction<T>(run: (t: Transaction) => Promise<T>): Promise<T> {
  try {
    return await ctx().sequelize.transaction(run);
  } catch (err) {
    const constraint = err instanceof UniqueConstraintError ? (err.parent as { constraint?: string }).constraint : undefined;
    if (constraint === 'Whatsapps_company_name') throw AppError.conflict('ERR_WHATSAPP_NAME_IN_USE', 'A connection with this name already exists');
    throw err;
  }
}
