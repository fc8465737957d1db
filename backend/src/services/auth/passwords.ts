import bcrypt from 'bcryptjs';
import { ctx } from '../../context.js';

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ctx().config.bcryptRounds);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let dummyHash: string | undefined;

/** Spends the same time as a real check, so an unknown e-mail cannot be told apart by timing. */
export async function spendPasswordCheckTime(password: string): Promise<void> {
  dummyHash ??= await hashPassword('not-a-real-password-just-timing');
  await bcrypt.compare(password, dummyHash);
}
