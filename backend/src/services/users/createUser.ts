import { UniqueConstraintError, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { insertUser, type Language, type Profile, type UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { hashPassword } from '../auth/passwords.js';
import { lockCompanyQueues, replaceUserQueues } from './userQueues.js';

export interface CreateUserInput {
  companyId: number;
  name: string;
  email: string;
  password: string;
  profile: Profile;
  language?: Language | null;
  maxOpenTickets?: number | null;
  super?: boolean;
  /** The queues the new user serves (the user form). */
  queueIds?: number[];
  /** Join an outer transaction (company creation); otherwise one is opened here. */
  transaction?: Transaction;
}

export async function createUser(input: CreateUserInput): Promise<UserRecord> {
  const passwordHash = await hashPassword(input.password);
  const run = async (transaction: Transaction): Promise<UserRecord> => {
    if (input.queueIds) await lockCompanyQueues(input.companyId, input.queueIds, transaction);
    const user = await insertUser(transaction, {
      companyId: input.companyId,
      name: input.name.trim(),
      email: input.email.trim().toLowerCase(),
      passwordHash,
      profile: input.profile,
      language: input.language ?? null,
      maxOpenTickets: input.maxOpenTickets ?? null,
      super: input.super ?? false,
    });
    if (input.queueIds) await replaceUserQueues(user.companyId, user.id, input.queueIds, transaction);
    domainEvents.publishAfterCommit(transaction, 'user.created', { companyId: user.companyId, user });
    return user;
  };
  try {
    return input.transaction ? await run(input.transaction) : await ctx().sequelize.transaction(run);
  } catch (err) {
    // The unique index on lower(email) decides, not a check-then-insert race.
    if (err instanceof UniqueConstraintError) throw AppError.conflict('ERR_EMAIL_IN_USE', 'This e-mail is already in use');
    throw err;
  }
}
