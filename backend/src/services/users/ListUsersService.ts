import { Op, fn, col, where, literal, type WhereOptions } from 'sequelize';
import { User } from '../../models/User.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { escapeLike } from '../../lib/textSearch.js';

export interface ListUsersInput {
  companyId: number;
  search?: string;
  cursor?: string;
  limit: number;
}

/** Users of one company ordered by name, keyset-paginated on (lower(name), id). */
export async function listUsers({ companyId, search, cursor, limit }: ListUsersInput): Promise<{ users: User[]; nextCursor: string | null }> {
  const conditions: WhereOptions[] = [{ companyId }];
  if (search) {
    const pattern = `%${escapeLike(search.trim())}%`;
    conditions.push({ [Op.or]: [{ name: { [Op.iLike]: pattern } }, { email: { [Op.iLike]: pattern } }] });
  }
  if (cursor) {
    const [name, id] = decodeCursor(cursor, ['string', 'number']);
    conditions.push(
      where(literal('(lower("User"."name"), "User"."id")'), Op.gt, literal(`(${User.sequelize!.escape(String(name))}, ${Number(id)})`)),
    );
  }
  const rows = await User.findAll({
    // The sort key comes from PostgreSQL itself, so the cursor matches its collation exactly.
    attributes: { include: [[fn('lower', col('name')), 'sortName']] },
    where: { [Op.and]: conditions },
    order: [[fn('lower', col('name')), 'ASC'], ['id', 'ASC']],
    limit: limit + 1,
  });
  const users = rows.slice(0, limit);
  const last = users[users.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor([String(last.get('sortName')), last.id]) : null;
  return { users, nextCursor };
}
