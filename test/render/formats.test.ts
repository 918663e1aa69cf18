import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/model.js';
import type { CheckedReport } from '../../src/gate/checked-report.js';
import { renderReportJson as renderJson } from '../../src/render/json/report-json.js';
import type { RenderOptions } from '../../src/render/render-options.js';
import { describeInstallPath } from '../../src/render/text/install-path.js';
import { renderReportText } from '../../src/render/text/report-text.js';
import { plainText } from '../../src/shared/styled-text.js';
import { escapeTsvField } from '../../src/render/tsv/escape-tsv.js';
import { renderReportTsv as renderTsv } from '../../src/render/tsv/report-tsv.js';
import { analyze, checked, embeddedCatalog, loadFixtureCatalog } from '../support/helpers.js';

const reportSchema = JSON.parse(readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8')) as object;

let demo: Catalog;
let exchange: Catalog;
const options = (catalog: Catalog, overrides: Partial<RenderOptions> = {}): RenderOptions => ({
  width: null,
  header: true,
  tool: { name: 'rollup-check', version: '9.9.9' },
  catalog: { ...catalog.source, file: 'demo.yaml' },
  catalogs: [{ ...catalog.source, file: 'demo.yaml' }],
  asOf: '2020-09-01',
  ...overrides,
});

beforeAll(async () => {
  demo = await loadFixtureCatalog('servicing.yaml');
  exchange = await embeddedCatalog();
});

const demoReport = (): CheckedReport => checked(analyze(demo, '1.0.110.0', '2020-09-01'));
const renderText = (report: CheckedReport, renderOptions: RenderOptions): string => plainText(renderReportText(report, renderOptions));

describe('text renderer', () => {
  it('prints release, recommendation, exposure and verdict (golden, colour off)', () => {
    expect(renderText(demoReport(), options(demo))).toBe(
      [
        'Demo RTM U1  build 1.0.110.0, released 2020-02-01',
        '  Demo Server, line RTM · out of support: line RTM support ended 2020-06-30',
        '',
        'Recommended: Demo SP2  build 1.2.100.0, KB1200, released 2020-06-01',
        '  install Demo SP2 (KB1200)',
        '',
        'Lacks 5 fixes:',
        '    SEC-2  high       8.1  Privilege escalation shipped on two lines  (Demo RTM U2, 2020-03-01)',
        '    SEC-5  important       Fixed in the service pack only  (Demo SP2, 2020-06-01)',
        '      note: Run setup with /PrepareAD after installing',
        '    SEC-3  medium     5.0  Spoofing weakness with a tab  (Demo SP1 U2, 2020-04-01)',
        '    SEC-4  low             Denial of service  (Demo SP1 U3, 2020-05-01)',
        '    BUG-3  -               Console error when reconnecting a mailbox  (Demo SP1, 2020-02-15)',
        '',
        'Verdict: out of support: lacks 5 fixes; install Demo SP2',
        'Gate: fails: 5 fixes; line RTM out of support since 2020-06-30: install Demo SP2',
        '  fixes: SEC-2, SEC-5, SEC-3, SEC-4, BUG-3',
        '',
        `catalog demo.yaml (published 2020-07-01, ${demo.source.digest.slice(0, 19)}); as of 2020-09-01; facts end 2020-07-01; 2 monthly update days since: newer updates may exist`,
        '',
      ].join('\n'),
    );
  });

  it('styles the verdict and severities by what they mean, for the output edge to colour', () => {
    const styles = renderReportText(demoReport(), options(demo))
      .lines.flat()
      .flatMap((segment) => (typeof segment === 'string' ? [] : [segment.style]));
    expect(styles).toEqual(expect.arrayContaining(['verdict-bad', 'high', 'medium', 'low', 'strong', 'muted']));
  });

  it('marks exploited and uncertain fixes and explains the markers', () => {
    const text = renderText(checked(analyze(exchange, '15.1.1415.10', '2026-11-24')), options(exchange));
    expect(text).toMatch(/^ {2}! CVE-2021-34473 /m);
    expect(text).toMatch(/^ {2}\? CVE-2018-0924 /m);
    expect(text).toContain('! exploited in the wild   ? may lack: the build cannot prove it');
  });

  it('shortens each install step after the first', () => {
    const report = analyze(exchange, '15.2.1118.40', '2025-06-01');
    expect(describeInstallPath(report.recommended!.path)).toBe('Exchange 2019 CU15 (KB5042461), then May25HU (KB5057651)');
  });

  it('calls a current server current', () => {
    const text = renderText(checked(analyze(exchange, '15.2.2562.53', '2026-11-30')), options(exchange));
    expect(text).toContain('already installed');
    expect(text).toContain('Verdict: current: runs the recommended release and lacks no listed fix');
  });
});

describe('json renderer', () => {
  const validate = new Ajv({ allErrors: true }).compile(reportSchema);

  it.each([
    ['15.2.1544.4', '2026-11-24'],
    ['Version 15.2 (Build 1118.7)', '2022-06-01'],
    ['15.2.1118.14', '2023-01-01'],
    ['15.2.1748.60', '2026-11-24'],
    ['6.5.7638.1', '2026-11-24'],
    ['15.1.1415.10', '2026-11-24'],
  ])('matches the published report schema for %s', (build, asOf) => {
    const json = JSON.parse(renderJson(checked(analyze(exchange, build, asOf)), options(exchange))) as unknown;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('carries the versioned envelope and stable field names', () => {
    const json = JSON.parse(renderJson(demoReport(), options(demo))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'tool',
      'catalog',
      'catalogs',
      'asOf',
      'freshness',
      'input',
      'build',
      'confidence',
      'product',
      'installed',
      'support',
      'status',
      'upToDate',
      'recommended',
      'exposed',
      'missing',
      'exposure',
      'required',
      'warnings',
      'suppressedCount',
      'gate',
      'unconfirmed',
      'hiddenBySeverity',
    ]);
    expect(json).toMatchObject({ schemaVersion: 2, tool: { name: 'rollup-check', version: '9.9.9' }, status: 'unsupported' });
  });
});

describe('tsv renderer', () => {
  it('prints a header and one row per exposed fix with escaped fields', () => {
    const lines = renderTsv(demoReport(), options(demo)).split('\n');
    expect(lines[0]).toBe('id\tkind\tseverity\tcvss\texploited\tcertain\tfixed_in\tdate\tcves\tsummary\tnote\turl\tsuppressed');
    expect(lines[3]).toBe('SEC-3\tsecurity\tmedium\t5\tno\tyes\tDemo SP1 U2\t2020-04-01\t\tSpoofing\\tweakness with a tab\t\t\t');
    expect(lines.filter(Boolean).every((line) => line.split('\t').length === 13)).toBe(true);
  });

  it('leaves the header out with --no-header', () => {
    expect(renderTsv(demoReport(), options(demo, { header: false })).split('\n')[0]).toMatch(/^SEC-2\t/);
  });

  it.each([
    ['a\tb', 'a\\tb'],
    ['line\nbreak', 'line\\nbreak'],
    ['back\\slash', 'back\\\\slash'],
    ['cr\r', 'cr\\r'],
  ])('escapes %j', (raw, escaped) => {
    expect(escapeTsvField(raw)).toBe(escaped);
  });
});
