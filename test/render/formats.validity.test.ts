import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { createHostChecker } from '../../src/gate/host-checker.js';
import { FleetSummaryBuilder } from '../../src/gate/fleet-summary.js';
import { DEFAULT_GATE_POLICY } from '../../src/gate/gate-policy.js';
import { hostRow } from '../../src/parse/hosts/host-row.js';
import { junitStreamRenderer } from '../../src/render/junit/junit.js';
import { sarifStreamRenderer } from '../../src/render/sarif/sarif.js';
import { plainText } from '../../src/shared/styled-text.js';
import { embeddedCatalog, fixturePath } from '../support/helpers.js';
import { runInProcess } from '../support/run-in-process.js';

// JUnit XML is checked against the format's schema in fixtures/schemas/junit.xsd, and SARIF against
// the 2.1.0 schema. No npm package ships the
// OASIS file itself; @microsoft/jest-sarif ships SchemaStore's copy of 2.1.0-rtm.5, the last release
// candidate, written for draft-04. It uses no keyword whose meaning changed between draft-04 and
// draft-07 (no exclusiveMinimum/Maximum), so it is read as draft-07 with its root `id` given as `$id`.
// Its `language` pattern has a stray `]` (as in the OASIS file) that only non-unicode regexps accept.

const AS_OF = '2026-11-24';
const JUNIT_XSD = readFileSync(fixturePath('schemas/junit.xsd'), 'utf8');

type Expected = 'passes' | 'fails' | 'errors';
const HOSTS: readonly { readonly name: string; readonly build: string; readonly status: string; readonly expected: Expected }[] = [
  { name: 'EX&<"01>', build: '15.2.1544.4', status: 'unsupported', expected: 'fails' },
  { name: 'EX02', build: '15.2.2562.53', status: 'current', expected: 'passes' },
  { name: 'EX03', build: 'garbage', status: 'error', expected: 'errors' },
  { name: 'EX04', build: '99.1.2.3', status: 'unknown', expected: 'fails' },
  { name: 'EX05', build: '15.2.2562.17', status: 'behind', expected: 'fails' },
  { name: 'EX06', build: '15.2.1748.49', status: 'unsupported', expected: 'fails' },
];

const csvField = (text: string): string => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const hostList = (hosts: typeof HOSTS): string => ['Name,Build', ...hosts.map((host) => `${csvField(host.name)},${csvField(host.build)}`)].join('\n') + '\n';

async function render(format: 'junit' | 'sarif' | 'json', hosts: typeof HOSTS = HOSTS): Promise<string> {
  const { code, stdout, stderr } = await runInProcess(['--hosts', '-', '--as-of', AS_OF, '-f', format], { stdin: hostList(hosts) });
  expect(code, stderr).toBe(2);
  return stdout;
}

const validateJunit = (xml: string): Promise<XMLValidationResult> =>
  validateXML({ xml: { fileName: 'junit.xml', contents: xml }, schema: { fileName: 'junit.xsd', contents: JUNIT_XSD } });

let sarifValidator: ValidateFunction | undefined;
function sarifSchema(): ValidateFunction {
  if (sarifValidator) return sarifValidator;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { id, ...draft04 } = JSON.parse(readFileSync(file, 'utf8')) as { readonly id: string; readonly [keyword: string]: unknown };
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
  ajvFormats.default(ajv);
  sarifValidator = ajv.compile({ ...draft04, $schema: 'http://json-schema.org/draft-07/schema#', $id: id });
  return sarifValidator;
}

function sarifErrors(log: unknown): string[] {
  const validate = sarifSchema();
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? error.keyword}`);
}

// Enough XML reading for our own, already validated, output: attributes are always double-quoted
// and escaped, so no '>' appears inside a tag.
const unescapeXml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!);
const attributes = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, unescapeXml(value!)]));
const elements = (xml: string, name: string): { attributes: Record<string, string>; body: string }[] =>
  [...xml.matchAll(new RegExp(`<${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`, 'g'))].map(([, tag, body]) => ({
    attributes: attributes(tag!),
    body: body ?? '',
  }));

interface SarifResult {
  readonly ruleId: string;
  readonly locations: readonly { readonly logicalLocations: readonly { readonly name: string }[] }[];
  readonly partialFingerprints: Record<string, string>;
}
const sarifResults = (text: string): SarifResult[] => (JSON.parse(text) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;
const resultHost = (result: SarifResult): string => result.locations[0]!.logicalLocations[0]!.name;
const fingerprintsByHostFix = (text: string): Map<string, string> =>
  new Map(sarifResults(text).map((result) => [`${resultHost(result)} ${result.ruleId}`, JSON.stringify(result.partialFingerprints)]));

let missingByHost: Map<string, string[]>;
beforeAll(async () => {
  const fleet = JSON.parse(await render('json')) as { hosts: { host: string; status?: string; exposed?: { id: string }[] }[] };
  expect(fleet.hosts.map((host) => [host.host, host.status ?? 'error'])).toEqual(HOSTS.map((host) => [host.name, host.status]));
  missingByHost = new Map(fleet.hosts.map((host) => [host.host, (host.exposed ?? []).map((fix) => fix.id)]));
});

describe('JUnit report against the Jenkins JUnit schema', () => {
  it('rejects a report that breaks the schema, so a pass below means something', async () => {
    const result = await validateJunit('<testsuites><testsuite name="s" tests="1"><testcase time="0"/></testsuite></testsuites>');
    expect(result.valid).toBe(false);
    expect(result.errors.map((error) => error.message).join('\n')).toMatch(/Element 'testcase': The attribute 'name' is required but missing/);
  });

  it('validates, including a host name full of XML special characters', async () => {
    const xml = await render('junit');
    const result = await validateJunit(xml);
    expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has one testcase per host, a failure listing the missing fixes for each host that fails the gate, and an error for the unreadable row', async () => {
    const xml = await render('junit');
    const cases = elements(xml, 'testcase');
    expect(cases.map((testcase) => testcase.attributes['name'])).toEqual(HOSTS.map((host) => host.name));
    for (const [index, host] of HOSTS.entries()) {
      const { body } = cases[index]!;
      const failures = elements(body, 'failure');
      const errors = elements(body, 'error');
      expect([failures.length, errors.length], host.name).toEqual([host.expected === 'fails' ? 1 : 0, host.expected === 'errors' ? 1 : 0]);
      for (const id of missingByHost.get(host.name) ?? []) {
        expect(unescapeXml(failures[0]?.body ?? ''), `${host.name} lacks ${id}`).toContain(id);
        expect(failures[0]?.attributes['message'], `${host.name} lacks ${id}`).toContain(id);
      }
    }
    expect(missingByHost.get('EX&<"01>')!.length).toBeGreaterThan(0);
    expect(missingByHost.get('EX05')!.length).toBeGreaterThan(0);
    const bodyOf = (name: string): string => cases.find((testcase) => testcase.attributes['name'] === name)!.body;
    expect(elements(bodyOf('EX04'), 'failure')[0]!.attributes['message']).toBe('the catalog cannot place the build');
    expect(elements(bodyOf('EX03'), 'error')[0]!.attributes).toMatchObject({
      type: 'input',
      message: expect.stringContaining('build text "garbage" states no Exchange build'),
    });
  });

  it('counts what it contains on the suite', async () => {
    const xml = await render('junit');
    const count = (expected: Expected): string => String(HOSTS.filter((host) => host.expected === expected).length);
    const counts = { tests: String(HOSTS.length), failures: count('fails'), errors: count('errors') };
    expect(elements(xml, 'testsuite')[0]!.attributes).toMatchObject({ ...counts, skipped: '0' });
  });
});

describe('SARIF report against the SARIF 2.1.0 schema', () => {
  it('rejects a log that breaks the schema, so a pass below means something', () => {
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, host: 'EX01' }] }] };
    expect(sarifErrors(log)).toEqual(['/runs/0/results/0 must NOT have additional properties']);
  });

  it('validates', async () => {
    expect(sarifErrors(JSON.parse(await render('sarif')))).toEqual([]);
  });

  it('has one result per host for its missing fixes (ruled by the worst), one for a release out of support, one for a build not placed and one for an unreadable row', async () => {
    const text = await render('sarif');
    const log = JSON.parse(text) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] };
    const results = sarifResults(text) as (SarifResult & { message: { text: string }; properties?: { fixes: string[] } })[];
    expect(results.map((result) => `${resultHost(result)} ${result.ruleId}`)).toEqual([
      'EX&<"01> release-out-of-support',
      'EX&<"01> missing-critical-fix',
      'EX&<"01> configuration-step-to-confirm',
      'EX02 configuration-step-to-confirm',
      'EX03 unreadable-row',
      'EX04 build-not-in-catalog',
      'EX05 missing-critical-fix',
      'EX05 configuration-step-to-confirm',
      'EX06 release-out-of-support',
      'EX06 missing-critical-fix',
      'EX06 configuration-step-to-confirm',
    ]);
    for (const result of results.filter((candidate) => candidate.ruleId.startsWith('missing-'))) {
      const missing = missingByHost.get(resultHost(result))!;
      expect(result.properties?.fixes).toEqual(missing);
      for (const id of missing) expect(result.message.text).toContain(id);
    }
    const steps = results.filter((result) => result.ruleId === 'configuration-step-to-confirm') as unknown as {
      level: string;
      kind: string;
      message: { text: string };
    }[];
    expect(steps.every((step) => step.level === 'note' && step.kind === 'review' && step.message.text.includes('confirm on the server'))).toBe(true);
    const ruleIds = log.runs[0]!.tool.driver.rules.map((rule) => rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const result of results) expect(ruleIds[(result as unknown as { ruleIndex: number }).ruleIndex]).toBe(result.ruleId);
  });

  it('gives each host and finding a partial fingerprint that stays the same across runs and host order and differs between hosts', async () => {
    const first = fingerprintsByHostFix(await render('sarif'));
    expect(fingerprintsByHostFix(await render('sarif'))).toEqual(first);
    expect(fingerprintsByHostFix(await render('sarif', [...HOSTS].reverse()))).toEqual(first);
    expect(new Set(first.values()).size).toBe(first.size);
    expect(first.get('EX06 missing-critical-fix')).not.toBe(first.get('EX&<"01> missing-critical-fix'));
  });
});

describe('output that once broke the schemas', () => {
  it.each([
    ['a Windows path', 'C:\\Ops\\hosts.csv', 'file:///C:/Ops/hosts.csv'],
    ['a path with a space', 'Exchange hosts.csv', 'Exchange%20hosts.csv'],
    ['an absolute path', '/srv/lists/hosts #1.csv', 'file:///srv/lists/hosts%20%231.csv'],
  ])('SARIF: %s becomes a URI reference in artifactLocation.uri', async (_, source, uri) => {
    const catalog = await embeddedCatalog();
    const outcome = createHostChecker(catalog, { asOf: AS_OF, target: 'supported', esu: false, policy: DEFAULT_GATE_POLICY })(
      hostRow(2, 'EX01', '15.2.1544.4'),
    );
    const summary = new FleetSummaryBuilder();
    summary.add(outcome);
    const renderer = sarifStreamRenderer({
      width: null,
      header: true,
      tool: { name: 'rollup-check', version: '0.0.0' },
      catalog: catalog.source,
      catalogs: catalog.sources,
      source,
      asOf: AS_OF,
    });
    const text = [renderer.start(), ...[renderer.host(outcome)].flat(), renderer.end(summary.build())].join('');
    const log = JSON.parse(text) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarifErrors(log)).toEqual([]);
    const uris = log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(1);
    expect(new Set(uris)).toEqual(new Set([uri]));
  });

  it('JUnit: characters XML does not allow are left out of host names', async () => {
    const { stdout } = await runInProcess(['--hosts', '-', '--as-of', AS_OF, '-f', 'junit'], { stdin: 'Name,Build\nEX\uFFFE07,15.2.2562.53\n' });
    expect((await validateJunit(stdout)).valid).toBe(true);
    expect(stdout).toContain('name="EX07"');
  });

  it('SARIF and JUnit that say --insecure left certificates unverified, with an unreachable server among the hosts, still validate', async () => {
    const catalog = await embeddedCatalog();
    const checked = createHostChecker(catalog, { asOf: AS_OF, target: 'supported', esu: false, policy: DEFAULT_GATE_POLICY })(
      hostRow(2, 'EX01', '15.2.1544.4'),
    );
    const unreachable = {
      label: 'EX02',
      host: 'EX02',
      lineNumber: 3,
      checked: null,
      error: 'probed https://ex02: the connection was refused',
      verdict: 'unreachable' as const,
    };
    const options = {
      width: null,
      header: true,
      tool: { name: 'rollup-check', version: '0.0.0' },
      catalog: catalog.source,
      catalogs: catalog.sources,
      source: 'hosts.txt',
      asOf: AS_OF,
      insecure: true,
    };
    const render = (factory: typeof sarifStreamRenderer): string => {
      const summary = new FleetSummaryBuilder();
      const renderer = factory(options);
      const chunks = [renderer.start()];
      for (const outcome of [checked, unreachable]) {
        summary.add(outcome);
        chunks.push(...[renderer.host(outcome)].flat());
      }
      chunks.push(renderer.end(summary.build()));
      return chunks
        .map((chunk) => (typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : plainText(chunk)))
        .join('');
    };
    expect(sarifErrors(JSON.parse(render(sarifStreamRenderer)))).toEqual([]);
    const junit = render(junitStreamRenderer);
    expect((await validateJunit(junit)).errors.map((error) => error.rawMessage)).toEqual([]);
    expect(junit).toContain('<error type="unreachable" message="probed https://ex02: the connection was refused"/>');
  });
});
