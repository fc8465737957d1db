import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCycles, importGraph } from '../support/importCycles.js';

// The house rules that keep the code readable, checked rather than hoped for.
const src = fileURLToPath(new URL('../../src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

it('keeps every source file under 300 lines', () => {
  const long = files(src)
    .map((f) => ({ file: relative(src, f), lines: readFileSync(f, 'utf8').split('\n').length }))
    .filter((f) => f.lines > 300);
  expect(long).toEqual([]);
});

it('has no `any` in services (inputs and outputs are typed)', () => {
  const offenders = files(join(src, 'services')).filter((f) => /(:\s*any\b|<any>|as any\b)/.test(readFileSync(f, 'utf8')));
  expect(offenders.map((f) => relative(src, f))).toEqual([]);
});

it('emits to sockets only from realtime/ (services publish domain events instead)', () => {
  const emitters = files(src)
    .filter((f) => !relative(src, f).startsWith('realtime'))
    .filter((f) => /\bio\.(to|in|emit)\(|\.emit\('(user|ticket|appMessage|contact|whatsappSession|queue)'/.test(readFileSync(f, 'utf8')));
  expect(emitters.map((f) => relative(src, f))).toEqual([]);
});

it('reads process.env only in config/ and the entry point', () => {
  const readers = files(src)
    .filter((f) => !relative(src, f).startsWith('config') && relative(src, f) !== 'server.ts')
    .filter((f) => /process\.env/.test(readFileSync(f, 'utf8')));
  expect(readers.map((f) => relative(src, f))).toEqual([]);
});

it('writes no console output of its own (the logger decides what reaches the log; lib/thirdPartyConsole.ts routes libraries)', () => {
  const writers = files(src).filter((f) => /\bconsole\.(log|info|warn|error|debug|trace|dir|table)\(/.test(readFileSync(f, 'utf8')));
  expect(writers.map((f) => relative(src, f))).toEqual([]);
});

it('answers JSON from routes/ only in the shapes of @atende/contract (`satisfies Answer<…>`), which the frontend reads too', () => {
  const untyped = files(join(src, 'routes')).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/\.json\(([\s\S]*?)\);\n/g)]
      .filter(([, body]) => !/ satisfies Answer<'(GET|POST|PUT|DELETE) \/api\/[^']*'>$/.test(body!))
      .map(([call]) => `${relative(src, f)}: ${call.split('\n')[0]}`),
  );
  expect(untyped).toEqual([]);
});

it('holds every SQL statement in db/ (migrations and the migrator in database/): services call named statements', () => {
  const outside = files(src)
    .map((f) => relative(src, f))
    .filter((f) => !f.startsWith('db/') && !f.startsWith('database/'))
    .filter((f) => /\bsequelize\.query\b|\.query\s*[<(]|`\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM|WITH)\b/.test(readFileSync(join(src, f), 'utf8')));
  expect(outside).toEqual([]);
});

// One naming rule for use cases: services/<domain>/<verbNoun>.ts, the file named after the function it exports
// (createTicket.ts exports createTicket). Modules that hold a domain's rules rather than a use case (visibility,
// limits, the settings registry) keep noun names; a route may read those too, listed here by file.
const RULE_MODULES = new Set(['contacts/limits', 'settings/registry', 'tickets/visibleTicket', 'whatsapps/whatsappQueues']);

it('names use cases after what they do: no *Service.ts, and each function a route calls lives in a file of its name', () => {
  const serviceFiles = files(src).filter((f) => /Service\.ts$/.test(f));
  expect(serviceFiles.map((f) => relative(src, f))).toEqual([]);
  const misnamed = files(join(src, 'routes')).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/import \{([^}]*)\} from '(?:\.\.\/)+services\/([^']+)\.js'/g)].flatMap(([, names, path]) =>
      RULE_MODULES.has(path!)
        ? []
        : names!
            .split(',')
            .map((n) => n.trim())
            .filter((n) => n && !n.startsWith('type ') && !/^[A-Z_]+$/.test(n))
            .filter((n) => n !== path!.split('/').pop())
            .map((n) => `${relative(src, f)}: ${n} from services/${path}`),
    ),
  );
  expect(misnamed).toEqual([]);
});

// A circle of imports, even of types only, ties every file on it to every other: none can be read, tested or
// moved alone, and a runtime circle can hand a module its neighbour's exports before they exist. Shared
// dependencies come through ctx() (context.ts names them by small interfaces), events' payloads from db/ rows.
it('has no import cycle', () => {
  expect(importCycles(src)).toEqual([]);
});

it('types domain events with db/ rows and the contract only: events/ imports no service, session, socket or route code', () => {
  const reaches = [...importGraph(src)]
    .filter(([file]) => file.startsWith('events/'))
    .flatMap(([file, imports]) => imports.filter((i) => /^(services|whatsapp|realtime|routes)\//.test(i)).map((i) => `${file} → ${i}`));
  expect(reaches).toEqual([]);
});

it.each(['frontend/src', 'contract/src', 'simulator/src'])('has no import cycle in %s either', (tree) => {
  expect(importCycles(fileURLToPath(new URL(`../../../${tree}`, import.meta.url)))).toEqual([]);
});
