import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardSink } from '../../src/output/guarded-sink.js';
import { streamSink } from '../../src/output/output-sink.js';
import { FORMAT_NAMES } from '../../src/render/format-names.js';
import { span } from '../../src/shared/styled-text.js';
import { hostileString, terminalControlsIn } from '../support/hostile-text.js';
import { runInProcess } from '../support/run-in-process.js';

/** A YAML double-quoted scalar holding exactly `text`: everything outside printable ASCII as an escape. */
const yamlString = (text: string): string =>
  `"${[...text].map((char) => (/[\x20-\x7e]/.test(char) && char !== '"' && char !== '\\' ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)).join('')}"`;

interface Hostile {
  readonly product: string;
  readonly release: string;
  readonly summary: string;
  readonly note: string;
  readonly url: string;
  readonly host: string;
  readonly reason: string;
}

function writeHostileFiles(data: Hostile): { catalog: string; ignore: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rollup-check-hostile-'));
  const catalog = join(dir, 'catalog.yaml');
  writeFileSync(
    catalog,
    [
      'schemaVersion: 1',
      'published: 2020-07-01',
      'products:',
      '  - id: evil',
      `    name: ${yamlString(`P ${data.product}`)}`,
      '    builds: { from: 1.0.0.0, below: 2.0.0.0 }',
      '    lines:',
      `      - name: ${yamlString(`L ${data.product}`)}`,
      '        releases:',
      `          - { name: ${yamlString(`A ${data.release}`)}, build: 1.0.100.0, date: 2020-01-01, kind: rtm }`,
      `          - { name: ${yamlString(`B ${data.release}`)}, build: 1.0.110.0, date: 2020-02-01, kind: su, kb: KB1, url: ${yamlString(`https://x/${data.url}`)}, fixes: [SEC-1, SEC-2] }`,
      'fixes:',
      `  - { id: SEC-1, kind: security, severity: high, exploited: true, summary: ${yamlString(`S ${data.summary}`)}, note: ${yamlString(`N ${data.note}`)}, url: ${yamlString(`https://y/${data.url}`)} }`,
      `  - { id: SEC-2, kind: bug, summary: ${yamlString(`T ${data.note}`)}, notesByProduct: { evil: ${yamlString(`M ${data.summary}`)} } }`,
      '',
    ].join('\n'),
  );
  const ignore = join(dir, 'ignore.yaml');
  writeFileSync(ignore, `ignore:\n  - id: SEC-2\n    reason: ${yamlString(`R ${data.reason}`)}\n`);
  return { catalog, ignore };
}

const hostile = fc.record({
  product: hostileString(),
  release: hostileString(),
  summary: hostileString(),
  note: hostileString(),
  url: hostileString(),
  host: hostileString(),
  reason: hostileString(),
});

describe('the output edge', () => {
  it('escapes every chunk a renderer writes, and paints styled text at the colour level it was given', async () => {
    let written = '';
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += String(chunk);
        done();
      },
    });
    const visible = guardSink(streamSink(stdout), 'visible', 1);
    await visible.write(['plain\u001b[2J\t\n', { lines: [[span('bad', 'red\u009b')]] }]);
    await visible.finish();
    expect(written).toBe('plain\\x1b[2J\t\n\u001b[31mred\\x9b\u001b[39m\n');
    written = '';
    const json = guardSink(streamSink(stdout), 'json', 1);
    await json.write(['{"a":"\u009b\u202e"}', new TextEncoder().encode('{"b":"\u2028"}')]);
    await json.finish();
    expect(written).toBe('{"a":"\\u009b\\u202e"}{"b":"\\u2028"}');
  });

  it(
    'lets no byte of catalog, host-list or ignore-file text reach a terminal as a control code, in any format, with colour on or off',
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(hostile, fc.boolean(), async (data, colour) => {
          const { catalog, ignore } = writeHostileFiles(data);
          const common = [
            '--catalog',
            catalog,
            '--no-default-catalog',
            '--as-of',
            '2020-09-01',
            '--ignore-file',
            ignore,
            '--show-suppressed',
            colour ? '--color' : '--no-color',
          ];
          const hosts = `${JSON.stringify({ host: `H ${data.host}`, build: '1.0.100.0' })}\n${JSON.stringify({ host: `h ${data.host}`, build: '1.0.110.0' })}\n`;
          for (const format of FORMAT_NAMES) {
            for (const run of [
              await runInProcess(['1.0.100.0', ...common, '-f', format], { isTTY: true, columns: 60 }),
              await runInProcess(['--hosts', '-', '--hosts-format', 'jsonl', ...common, '-f', format], { stdin: hosts, isTTY: true, columns: 200 }),
            ]) {
              expect(run.code, run.stderr).toBe(format === 'nagios' ? 2 : 1);
              expect(terminalControlsIn(run.stdout, colour && format === 'text'), format).toEqual([]);
              expect(terminalControlsIn(run.stderr, false), format).toEqual([]);
            }
          }
        }),
        { numRuns: 10 },
      );
    },
  );
});
