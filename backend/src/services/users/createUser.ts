import { UniqueConstraintError, type Transaction } from 'sequelize';
import { ctx } from '../../context.js';
import { AppError } from '../../errors/AppError.js';
import { insertUser, type Language, type Profile, type UserRecord } from '../../db/users.js';
import { domainEvents } from '../../events/bus.js';
import { hashPassword } from '../auth/passwords.js';

export interface CreateUserInput {
  companyId: number;
  name: string;
  email: string;
  password: string;
  profile: Profile;
  language?: Language | null;
  maxOpenTickets?: number | null;
  super?: boolean;
  /** Join an outer transaction (company creation); otherwise one is opened here. */
  transaction?: Transaction;
}

export async function createUser(input: CreateUserInput): Promise<UserRecord> {
  const passwordHash = await hashPassword(input.password);
  const run = async (transaction: Transaction): Promise<UserRecord> => {
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
