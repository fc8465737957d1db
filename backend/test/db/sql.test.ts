import { ctx } from '../../src/context.js';
import { exec, exists, iso, many, one } from '../../src/db/sql.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

// The shared data-access helpers every db/ module is built on, against the real database (this file's own:
// a plain table, since a temporary one would live on one pooled connection only).
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await exec(`CREATE TABLE probe (id int PRIMARY KEY, name text)`);
}, 60_000);
afterAll(() => app?.stop());
// Every test starts from the same three rows.
beforeEach(async () => {
  await exec(`TRUNCATE probe`);
  await exec(`INSERT INTO probe VALUES (1, 'Ana'), (2, 'Bia'), (3, 'Caio')`);
});

it('reads rows with named or positional values, and one row or none', async () => {
  expect(await many<{ name: string }>(`SELECT name FROM probe WHERE id <= :max ORDER BY id`, { max: 2 })).toEqual([{ name: 'Ana' }, { name: 'Bia' }]);
  expect(await one<{ name: string }>(`SELECT name FROM probe WHERE id = $1`, [3])).toEqual({ name: 'Caio' });
  expect(await one(`SELECT name FROM probe WHERE id = $1`, [9])).toBeUndefined();
  expect([await exists(`SELECT 1 FROM probe WHERE name = :n`, { n: 'Bia' }), await exists(`SELECT 1 FROM probe WHERE name = :n`, { n: 'Zé' })]).toEqual([
    true,
    false,
  ]);
});

it('counts the rows a write touched, and a value is never spliced as SQL', async () => {
  expect(await exec(`UPDATE probe SET name = upper(name) WHERE id >= :from`, { from: 2 })).toBe(2);
  expect(await exec(`DELETE FROM probe WHERE id = $1`, [42])).toBe(0);
  const hostile = `x'); DROP TABLE probe; --`;
  expect(await exec(`UPDATE probe SET name = :name WHERE id = 1`, { name: hostile })).toBe(1);
  expect(await one(`SELECT name FROM probe WHERE id = 1`)).toEqual({ name: hostile });
});

it('runs inside the caller’s transaction, so a rollback takes the write back', async () => {
  const transaction = await ctx().sequelize.transaction();
  await exec(`INSERT INTO probe VALUES (:id, :name)`, { id: 10, name: 'Temporário' }, { transaction });
  expect(await exists(`SELECT 1 FROM probe WHERE id = 10`, {}, { transaction })).toBe(true);
  await transaction.rollback();
  expect(await exists(`SELECT 1 FROM probe WHERE id = 10`)).toBe(false);
});

it('writes timestamps as the API does', () => {
  expect(iso(new Date(Date.UTC(2026, 11, 7, 12, 0, 0)))).toBe('2026-12-07T12:00:00.000Z');
  expect(iso('2026-12-07 09:00:00-03')).toBe('2026-12-07T12:00:00.000Z');
  expect(iso(null)).toBeNull();
});
