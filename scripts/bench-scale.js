// Scale benchmarks: memory and time of the cases that once broke at scale. Not a test: it prints
// figures. `BENCH_BIN=path/to/rollup-check.cjs` measures another build; `BENCH_CASES=sarif,junit`
// runs some cases only.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHosts } from './generate-hosts.js';

const bin = process.env.BENCH_BIN ?? fileURLToPath(new URL('../bin/rollup-check.cjs', import.meta.url));
const TIME = '/usr/bin/time';
const dir = mkdtempSync(join(tmpdir(), 'rollup-check-scale-'));
const env = { ...process.env, ROLLUP_CHECK_MAX_INPUT_MB: '64' };
delete env.NODE_EXTRA_CA_CERTS;

function measure(label, args, input = 'ignore') {
  const timed = existsSync(TIME);
  const stdin = input === 'ignore' ? 'ignore' : openSync(input, 'r');
  const start = process.hrtime.bigint();
  const result = timed
    ? spawnSync(TIME, ['-f', '%M', process.execPath, '--max-old-space-size=4096', bin, ...args], { stdio: [stdin, 'ignore', 'pipe'], encoding: 'utf8', env })
    : spawnSync(process.execPath, [bin, ...args], { stdio: [stdin, 'ignore', 'pipe'], encoding: 'utf8', env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (typeof stdin === 'number') closeSync(stdin);
  const lines = result.stderr.trim().split('\n');
  const peakMb = timed ? Number(lines.pop()) / 1024 : Number.NaN;
  const outcome = `exit ${result.status ?? result.signal}${result.status !== null && result.status > 5 ? ` (${lines.at(-1)?.slice(0, 80)})` : ''}`;
  console.log(
    `${label.padEnd(58)} ${seconds.toFixed(2).padStart(7)} s, peak RSS ${Number.isNaN(peakMb) ? 'n/a' : `${peakMb.toFixed(0)} MB`.padStart(8)}, ${outcome}`,
  );
}

/** A catalog of one product with `count` releases on lines of 100, each release fixing one issue of its own. */
function bigCatalog(path, count) {
  const lines = [];
  for (let line = 0; line < count / 100; line++) {
    lines.push(`      - name: L${line}`, '        releases:');
    for (let index = 0; index < 100; index++) {
      const n = line * 100 + index;
      lines.push(
        `          - { name: Big L${line} R${index}, build: 1.${line}.${index}.0, date: 2020-01-01, kind: ${index === 0 ? 'cu' : 'su'}, kb: KB${1000000 + n}, fixes: [KB${3000000 + n}] }`,
      );
    }
  }
  const fixes = Array.from({ length: count }, (_, n) => `  - { id: KB${3000000 + n}, kind: security, severity: high, summary: Fix ${n} }`);
  const header = [
    'schemaVersion: 1',
    'published: 2026-01-01',
    'products:',
    '  - id: big',
    '    name: Big Server',
    '    builds: { from: 1.0.0.0, below: 2.0.0.0 }',
    '    lines:',
  ];
  writeFileSync(path, [...header, ...lines, 'fixes:', ...fixes, ''].join('\n'));
}

const cases = {
  async sarif() {
    const hosts = join(dir, 'fleet-100k.tsv');
    await generateHosts(hosts, 100_000, 'fleet');
    measure('SARIF, 100,000 hosts (fleet mix)', ['--hosts', hosts, '-f', 'sarif', '--quiet', '--as-of', '2026-11-24']);
  },
  async junit() {
    const hosts = join(dir, 'fleet-100k.tsv');
    if (!existsSync(hosts)) await generateHosts(hosts, 100_000, 'fleet');
    measure('JUnit, 100,000 hosts (fleet mix)', ['--hosts', hosts, '-f', 'junit', '--quiet', '--as-of', '2026-11-24']);
  },
  scoped() {
    const hosts = join(dir, 'scoped-hosts.txt');
    writeFileSync(hosts, Array.from({ length: 10_000 }, (_, n) => `EX-${String(n).padStart(5, '0')} 15.2.1544.4`).join('\n') + '\n');
    const ignore = join(dir, 'scoped-ignore.yaml');
    const entries = Array.from({ length: 10_000 }, (_, n) => `  - { id: CVE-2024-26198, reason: accepted, hosts: "EX-${String(n).padStart(5, '0')}" }`);
    writeFileSync(ignore, ['ignore:', ...entries, ''].join('\n'));
    measure('10,000 host-scoped ignore entries x 10,000 hosts', ['--hosts', hosts, '--ignore-file', ignore, '-f', 'tsv', '--quiet', '--as-of', '2026-11-24']);
  },
  glob() {
    const hosts = join(dir, 'glob-hosts.txt');
    writeFileSync(hosts, Array.from({ length: 3 }, () => `${'a'.repeat(61)} 15.2.1544.4`).join('\n') + '\n');
    const ignore = join(dir, 'glob-ignore.yaml');
    writeFileSync(ignore, 'ignore:\n  - { id: CVE-2024-26198, reason: accepted, hosts: "*a*a*a*a*a*a*a*a*b" }\n');
    measure('glob *a*a*a*a*a*a*a*a*b against three 61-character names', ['--hosts', hosts, '--ignore-file', ignore, '--quiet', '--as-of', '2026-11-24']);
  },
  catalog() {
    const catalog = join(dir, 'big-catalog.yaml');
    bigCatalog(catalog, 100_000);
    measure('catalog of 100,000 releases, one build checked', ['1.999.99.0', '--catalog', catalog, '--no-default-catalog', '--quiet', '--as-of', '2026-11-24']);
  },
  json() {
    const hosts = join(dir, 'hosts.json');
    const entry = (n) => JSON.stringify({ Name: `EX${String(n).padStart(6, '0')}`, AdminDisplayVersion: 'Version 15.2 (Build 1544.4)' });
    const entries = [];
    let size = 2;
    for (let n = 0; size + 80 < 4 * 1024 * 1024; n++) {
      const text = entry(n);
      entries.push(text);
      size += text.length + 2;
    }
    writeFileSync(hosts, `[\n${entries.join(',\n')}\n]\n`);
    measure(`JSON host array of ${(size / 1024 / 1024).toFixed(2)} MiB (${entries.length.toLocaleString('en-US')} hosts)`, [
      '--hosts',
      hosts,
      '-f',
      'tsv',
      '--quiet',
      '--as-of',
      '2026-11-24',
    ]);
  },
};

try {
  console.log(`rollup-check scale benchmarks: ${bin}`);
  for (const name of process.env.BENCH_CASES?.split(',') ?? Object.keys(cases)) await cases[name]();
  console.log('targets: SARIF and JUnit at 100,000 hosts < 200 MB; 100,000 catalog releases < 500 MB and < 10 s');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
