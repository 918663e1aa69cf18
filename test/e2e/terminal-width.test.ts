import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { fixturePath } from '../support/helpers.js';
import { terminalControlsIn } from '../support/hostile-text.js';

// The built binary on a real pseudo-terminal of a given width, through script(1) from util-linux:
// the binary reads the width from its own stdout, as it does for an admin at a terminal.
vi.setConfig({ testTimeout: 60_000 });

const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const quote = (word: string): string => `'${word.replace(/'/g, "'\\''")}'`;
const AS_OF = ['--as-of', '2026-11-24', '--no-color'];

function onTerminal(columns: number, args: readonly string[]): string {
  const command = `stty cols ${columns} rows 50; exec ${[process.execPath, BIN, ...args].map(quote).join(' ')} 2>/dev/null`;
  const { NO_COLOR, FORCE_COLOR, ...env } = process.env;
  void NO_COLOR;
  void FORCE_COLOR;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...env, TERM: 'xterm' } });
  return result.stdout.replace(/\r\n/g, '\n');
}

function inPipe(args: readonly string[]): string {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' }).stdout;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const linesOf = (text: string): string[] => text.split('\n').slice(0, -1);
/** Lines wider than the terminal that are more than one word: a wrap the terminal would have to do, mid-word. */
const overflowing = (text: string, columns: number): string[] => linesOf(text).filter((line) => line.length > columns && words(line).length > 1);

const HOSTS = 'Name,Build\nexchange-mailbox-server-01.contoso.com,15.2.1118.15\nexchange-mailbox-server-02.contoso.com,15.2.1544.4\nEX03,15.2.2562.53\n';

describe.skipIf(!hasScript)('the text view on a terminal', () => {
  it.each([40, 80, 160])('fits a single-build report into %i columns, breaking lines only between words', (columns) => {
    const args = ['15.02.1118.015', ...AS_OF];
    const shown = onTerminal(columns, args);
    expect(shown).toContain('Recommended: Exchange SE RTM Sep26SUv2');
    expect(overflowing(shown, columns)).toEqual([]);
    expect(words(shown)).toEqual(words(inPipe(args)));
  });

  it.each([40, 80, 160])('fits a host list into %i columns and never cuts a host name', (columns) => {
    const file = join(mkdtempSync(join(tmpdir(), 'rollup-check-width-')), 'hosts.csv');
    writeFileSync(file, HOSTS);
    const args = ['--hosts', file, ...AS_OF];
    const shown = onTerminal(columns, args);
    expect(linesOf(shown)).toEqual(expect.arrayContaining(['exchange-mailbox-server-01.contoso.com', 'exchange-mailbox-server-02.contoso.com']));
    expect(overflowing(shown, columns)).toEqual([]);
    expect(words(shown)).toEqual(words(inPipe(args)));
  });

  it('keeps whole lines in a pipe: one line per host and per fix, the gate list on one line', () => {
    const report = linesOf(inPipe(['15.02.1118.015', ...AS_OF]));
    expect(report.find((line) => line.startsWith('  fixes: '))!.length).toBeGreaterThan(500);
    const file = join(mkdtempSync(join(tmpdir(), 'rollup-check-width-')), 'hosts.csv');
    writeFileSync(file, HOSTS);
    expect(linesOf(inPipe(['--hosts', file, ...AS_OF])).filter((line) => line.startsWith('exchange-mailbox-server-0'))).toHaveLength(2);
  });

  it('lays a fix out stacked on a narrow terminal and in columns on a wide one', () => {
    expect(onTerminal(40, ['15.02.1118.015', ...AS_OF])).toMatch(/^ {2}! CVE-2022-41040 {2}high 8\.8\n {6}Authenticated server-side request\n/m);
    expect(onTerminal(160, ['15.02.1118.015', ...AS_OF])).toMatch(
      /^ {2}! CVE-2022-41040 {2}high {7}8\.8 {2}Authenticated server-side request forgery via Autodiscover/m,
    );
  });

  it('colours a terminal by default, and a hostile catalog still cannot reach it as control codes', () => {
    const hostile = ['--catalog', fixturePath('catalogs/hostile.yaml'), '--no-default-catalog', '--as-of', '2020-09-01'];
    const shown = onTerminal(80, ['1.0.100.0', ...hostile]);
    expect(shown).toContain('\u001b[31m');
    expect(shown).toContain('Evil RTM\\x1b[31m');
    expect(terminalControlsIn(shown, true)).toEqual([]);
  });
});
