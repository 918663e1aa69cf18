import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeBuildString } from '../../src/analyse/analyze-build.js';
import { EMBEDDED_CATALOG } from '../../src/app/catalog-location.js';
import { loadLocalCatalogs } from '../../src/app/load-catalogs.js';
import type { Catalog } from '../../src/catalog/model.js';
import { evaluateGate } from '../../src/gate/evaluate-gate.js';
import { FleetSummaryBuilder } from '../../src/gate/fleet-summary.js';
import { DEFAULT_GATE_POLICY } from '../../src/gate/gate-policy.js';
import type { HostOutcome } from '../../src/gate/host-outcome.js';
import { suppressionMatcher } from '../../src/gate/suppression.js';
import { hostRecordJson, summaryJson } from '../../src/render/json/host-record-json.js';
import { envelopeJson } from '../../src/render/json/report-json.js';
import { tsvStreamRenderer } from '../../src/render/tsv/fleet-tsv.js';
import { BuildStringError } from '../../src/shared/errors.js';
import { generateHosts } from '../../scripts/generate-hosts.js';
import { binCommand, binShell } from '../support/binary.js';

const AS_OF = '2026-11-24';
const HOSTS = 3000;

/**
 * The fast fleet path (64 KiB reads, lines in batches, analyses shared per build string, encoded
 * bodies reused, one output buffer) against the plainest way to the same answer: the whole list
 * read at once, every row analysed and rendered on its own.
 */
function reference(catalog: Catalog, list: string, source: string): { ndjson: string; tsv: string } {
  const outcomes = list
    .split('\n')
    .slice(1)
    .flatMap((text, index): HostOutcome[] => {
      if (text.trim() === '') return [];
      const [host = '', buildString = ''] = text.split('\t').map((field) => field.trim());
      const lineNumber = index + 2;
      try {
        const report = analyzeBuildString(catalog, { buildString, asOf: AS_OF, target: 'supported', require: [] });
        const gate = evaluateGate(report, host, DEFAULT_GATE_POLICY, suppressionMatcher([], AS_OF));
        return [{ label: host, host, lineNumber, checked: { report, gate }, error: null, verdict: gate.verdict }];
      } catch (error) {
        if (!(error instanceof BuildStringError)) throw error;
        return [{ label: host, host, lineNumber, checked: null, error: error.message, verdict: 'unreadable' }];
      }
    });
  const summaries = new FleetSummaryBuilder();
  for (const outcome of outcomes) summaries.add(outcome);
  const summary = summaries.build();
  const options = {
    width: null,
    header: true,
    tool: { name: 'rollup-check', version: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version },
    catalog: catalog.source,
    catalogs: catalog.sources,
    asOf: AS_OF,
    source,
  };
  const ndjson = [
    JSON.stringify({ type: 'run', ...envelopeJson(options), source }),
    ...outcomes.map((outcome) => JSON.stringify(hostRecordJson(outcome))),
    JSON.stringify({ type: 'summary', ...summaryJson(summary) }),
  ].join('\n');
  const tsv = tsvStreamRenderer(options);
  return { ndjson: `${ndjson}\n`, tsv: [tsv.start(), ...outcomes.map((outcome) => tsv.host(outcome) as string), tsv.end(summary)].join('') };
}

describe('a large host list through the built binary', () => {
  let dir: string;
  let list: string;
  let expected: { ndjson: string; tsv: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rollup-check-reference-'));
    list = join(dir, 'hosts.tsv');
    await generateHosts(list, HOSTS, 'uniform');
    // Rows the checker cannot read, and a build the catalog cannot place, among the generated ones.
    writeFileSync(list, `${readFileSync(list, 'utf8')}EX-BAD\t15.2.1118\nEX-NEW\t15.2.2562.99\n\nEX-LAST\tExchange 2019 CU12 Oct22SU\n`);
    expected = reference(await loadLocalCatalogs([EMBEDDED_CATALOG]), readFileSync(list, 'utf8'), list);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['ndjson', 'tsv'] as const)(
    'writes %s byte for byte as the plain reference does, to a file and to a pipe',
    (format) => {
      const output = join(dir, `out.${format}`);
      const args = ['--hosts', list, '--format', format, '--as-of', AS_OF, '--quiet'];
      const toFile = spawnSync('sh', ['-c', `${binShell} ${args.map((arg) => `'${arg}'`).join(' ')} > '${output}'`]);
      expect(toFile.status).toBe(2);
      expect(readFileSync(output, 'utf8')).toBe(expected[format]);
      const toPipe = spawnSync(...binCommand(args), { encoding: 'utf8', maxBuffer: 1 << 30 });
      expect(toPipe.stdout).toBe(expected[format]);
    },
    60_000,
  );
});
