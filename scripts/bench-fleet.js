import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHosts } from './generate-hosts.js';

// Fleets: host lists of 100,000 and 1,000,000 rows (real build strings in four forms; a fleet-like
// mix and a uniform mix over every release), checked with --format ndjson and tsv, written to a file
// and to /dev/null, with NODE_EXTRA_CA_CERTS unset; wall time and peak memory (GNU time) per run.

const bin = fileURLToPath(new URL('../bin/rollup-check.cjs', import.meta.url));
const TIME = '/usr/bin/time';
const dir = mkdtempSync(join(tmpdir(), 'rollup-check-bench-'));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

function measure(hosts, format, toFile) {
  const output = toFile ? join(dir, `out.${format}`) : '/dev/null';
  const args = [bin, '--hosts', hosts, '--format', format, '--as-of', '2026-11-24', '--quiet'];
  const timed = existsSync(TIME);
  const stdout = openSync(output, 'w');
  const start = process.hrtime.bigint();
  const result = timed
    ? spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8', env })
    : spawnSync(process.execPath, args, { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8', env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(stdout);
  if (result.status !== 0 && result.status !== 1) throw new Error(`rollup-check exited ${result.status}: ${result.stderr}`);
  const peakKb = timed ? Number(result.stderr.trim().split('\n').pop()) : Number.NaN;
  const command = `env -u NODE_EXTRA_CA_CERTS node bin/rollup-check.cjs --hosts ${hosts} --format ${format} --as-of 2026-11-24 --quiet > ${toFile ? output : '/dev/null'}`;
  return { seconds, peakMb: peakKb / 1024, outputMb: toFile ? statSync(output).size / 1e6 : Number.NaN, command };
}

try {
  for (const mix of process.env.BENCH_MIXES?.split(',') ?? ['fleet', 'uniform']) {
    for (const count of [100_000, 1_000_000]) {
      const hosts = join(dir, `hosts-${mix}-${count}.tsv`);
      await generateHosts(hosts, count, mix);
      for (const format of ['ndjson', 'tsv']) {
        for (const toFile of [true, false]) {
          const { seconds, peakMb, outputMb, command } = measure(hosts, format, toFile);
          const label = `${count.toLocaleString('en-US')} hosts (${mix} mix), ${format} > ${toFile ? 'file' : '/dev/null'}`;
          const size = toFile ? `, output ${outputMb.toFixed(0)} MB` : '';
          console.log(`${label.padEnd(52)} ${seconds.toFixed(2)} s wall, peak RSS ${Number.isNaN(peakMb) ? 'n/a' : `${peakMb.toFixed(0)} MB`}${size}`);
          console.log(`  ${command}`);
        }
      }
    }
  }
  console.log('targets: 100,000 hosts (fleet mix) to /dev/null: ndjson <= 0.8 s, tsv <= 0.6 s; 1,000,000 hosts: peak RSS < 200 MB');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
