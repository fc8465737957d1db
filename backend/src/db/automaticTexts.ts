import type { Transaction } from 'sequelize';
import { one } from './sql.js';

// What the texts Atende sends by itself (greeting, menu, out-of-hours notice, farewell) are made of, beyond
// the ticket: the company's clock and the attendant's name for their {{variables}}, the connection's farewell.

/** The company's time zone and the name of the attendant (of the company) with this id, if any. */
export function companyTimezoneAndAttendant(
  at: { companyId: number; userId: number | null },
  transaction?: Transaction,
): Promise<{ timezone: string; attendantName: string | null } | undefined> {
  return one(
    `SELECT c.timezone, u.name AS "attendantName" FROM "Companies" c
     LEFT JOIN "Users" u ON u.id = :userId AND u."companyId" = c.id WHERE c.id = :companyId`,
    at,
    { transaction },
  );
}

/** What the connection says when a ticket is closed (null: nothing). */
export async function farewellMessageOf(transaction: Transaction, whatsappId: number): Promise<string | null> {
  const connection = await one<{ farewellMessage: string | null }>(
    `SELECT "farewellMessage" FROM "Whatsapps" WHERE id = :whatsappId`,
    { whatsappId },
    { transaction },
  );
  return connection?.farewellMessage ?? null;
}
