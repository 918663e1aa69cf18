// Times `rollup-check catalog import` of 10,000 synthetic CVE records (CVE JSON 5 shape) into a copy
// of the full embedded catalog. The records name the catalog's own security-update builds, one to
// four product lines each, so every record creates a fix and lists it on releases.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const COUNT = Number(process.env.BENCH_RECORDS ?? 10_000);
const bin = fileURLToPath(new URL('../bin/rollup-check.cjs', import.meta.url));
const catalogPath = fileURLToPath(new URL('../catalog/exchange.yaml', import.meta.url));
const catalog = parse(readFileSync(catalogPath, 'utf8'));

const LINE_WORDS = { CU: 'Cumulative Update', SP: 'Service Pack' };
const padded = (build) =>
  build
    .split('.')
    .map((part, index) => (index === 1 ? part.padStart(2, '0') : index === 2 ? part.padStart(4, '0') : index === 3 ? part.padStart(3, '0') : part))
    .join('.');
const lineWords = (line) => line.replace(/^(CU|SP)(\d+)$/, (_, kind, number) => `${LINE_WORDS[kind]} ${number}`);
const targets = catalog.products
  .filter((product) => ['exchange-2016', 'exchange-2019', 'exchange-se'].includes(product.id))
  .flatMap((product) =>
    product.lines.flatMap((line) =>
      line.releases
        .filter((release) => release.kind === 'su')
        .map((release) => ({ product: `Microsoft ${product.name} ${lineWords(line.name)}`, build: padded(release.build), line: `${product.id}/${line.name}` })),
    ),
  );

let seed = 42;
const random = (below) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % below;
};

const directory = mkdtempSync(join(tmpdir(), 'rollup-check-bench-import-'));
const records = join(directory, 'records');
mkdirSync(records);
for (let index = 0; index < COUNT; index++) {
  const cveId = `CVE-2030-${String(100000 + index)}`;
  const chosen = new Map();
  for (let pick = 1 + random(4); pick > 0; pick--) {
    const target = targets[random(targets.length)];
    chosen.set(target.line, target);
  }
  const score = (random(90) + 10) / 10;
  const record = {
    dataType: 'CVE_RECORD',
    dataVersion: '5.1',
    cveMetadata: {
      cveId,
      assignerShortName: 'microsoft',
      state: 'PUBLISHED',
      datePublished: '2030-01-14T17:00:00.000Z',
      dateUpdated: '2030-01-14T17:00:00.000Z',
    },
    containers: {
      cna: {
        title: `Synthetic Exchange Server vulnerability ${index}`,
        affected: [...chosen.values()].map((target) => ({
          vendor: 'Microsoft',
          product: target.product,
          versions: [{ version: '15.0.0.0', lessThan: target.build, versionType: 'custom', status: 'affected' }],
        })),
        metrics: [
          {
            format: 'CVSS',
            cvssV3_1: { version: '3.1', baseScore: score, baseSeverity: score >= 9 ? 'CRITICAL' : score >= 7 ? 'HIGH' : score >= 4 ? 'MEDIUM' : 'LOW' },
          },
        ],
        references: [{ url: `https://msrc.microsoft.com/update-guide/vulnerability/${cveId}`, tags: ['vendor-advisory'] }],
      },
    },
  };
  writeFileSync(join(records, `${cveId}.json`), JSON.stringify(record, null, 2));
}
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const target = join(directory, 'exchange.yaml');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

/** CPU seconds of the waited-for children of this process (Linux), or null elsewhere. */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const runs = [];
let summary = '';
for (let run = 0; run < RUNS; run++) {
  copyFileSync(catalogPath, target);
  const cpuBefore = childCpuSeconds();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, 'catalog', 'import', '--catalog', target, records], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuAfter = childCpuSeconds();
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout.split('\n').slice(-3).join('\n'));
    throw new Error(`the import exited ${result.status}`);
  }
  summary = result.stdout.trim().split('\n').pop();
  runs.push({ wall, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore });
}
const walls = runs.map((run) => run.wall).sort((a, b) => a - b);
console.log(summary);
for (const [index, run] of runs.entries()) console.log(`run ${index + 1}: ${run.wall.toFixed(2)} s${run.cpu === null ? '' : ` (CPU ${run.cpu.toFixed(2)} s)`}`);
console.log(
  `imported ${COUNT.toLocaleString('en-US')} CVE records into the full catalog: best ${walls[0].toFixed(2)} s, median ${walls[Math.floor(walls.length / 2)].toFixed(2)} s (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
);
console.log(
  `command: env -u NODE_EXTRA_CA_CERTS node bin/rollup-check.cjs catalog import --catalog <copy of catalog/exchange.yaml> <folder of ${COUNT} records>`,
);
if (process.env.BENCH_KEEP === undefined) rmSync(directory, { recursive: true, force: true });
else console.log(`kept ${directory}`);
