// Static checks of the appliance files: compose validates, shell scripts lint, the nginx config parses.
import { existsSync } from 'node:fs';
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface Check {
  label: string;
  cmd: string;
  args: string[];
}

export interface InfraChecks {
  checks: Check[];
  cleanup(): Promise<void>;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.data', 'artifacts', 'dist', 'coverage', 'tmp']);

/** *.sh files, plus extension-less files with a sh/bash shebang (.ci/run, scripts/atendectl…). */
async function isShellScript(file: string, name: string): Promise<boolean> {
  if (name.endsWith('.sh')) return true;
  if (name.includes('.')) return false;
  const handle = await open(file, 'r');
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0).finally(() => handle.close());
  const head = buffer.subarray(0, bytesRead).toString('utf8');
  return /^#!\s*(\/usr\/bin\/env\s+)?(\/bin\/|\/usr\/bin\/)?(ba)?sh\b/.test(head);
}

async function shellScripts(root: string, dir = root): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) found.push(...(await shellScripts(root, path)));
    else if (entry.isFile() && (await isShellScript(path, entry.name))) found.push(relative(root, path));
  }
  return found;
}

/** .env.example with every empty value filled: compose's `${VAR:?}` then proves the example lists it. */
async function composeEnv(root: string, dir: string): Promise<string> {
  const example = await readFile(join(root, '.env.example'), 'utf8');
  const filled = example.replace(/^([A-Z0-9_]+)=$/gm, '$1=infra-check-placeholder');
  const file = join(dir, 'compose.env');
  await writeFile(file, filled);
  return file;
}

/** A minimal nginx.conf around nginx/atende.conf, as both install modes wrap it. */
async function nginxConf(root: string, dir: string): Promise<string> {
  const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  const conf = `
pid ${dir}/nginx.pid;
events { worker_connections 64; }
http {
  ${mime}
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  upstream atende_backend { server 127.0.0.1:8080; }
  include ${join(root, 'nginx/atende.conf')};
}
`;
  const file = join(dir, 'nginx.conf');
  await writeFile(file, conf);
  return file;
}

export async function prepareInfraChecks(root: string): Promise<InfraChecks> {
  const dir = await mkdtemp(join(tmpdir(), 'atende-infra-'));
  const scripts = await shellScripts(root);
  const checks: Check[] = [
    {
      label: 'docker-compose config',
      cmd: 'docker-compose',
      args: ['--env-file', await composeEnv(root, dir), '-f', 'docker-compose.yml', 'config', '-q'],
    },
    { label: `shellcheck (${scripts.length} scripts)`, cmd: 'shellcheck', args: ['-x', ...scripts] },
    {
      label: 'nginx -t',
      cmd: existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx',
      args: ['-t', '-q', '-p', dir, '-e', join(dir, 'error.log'), '-c', await nginxConf(root, dir)],
    },
  ];
  return { checks, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
