import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/run-in-process.js';

const LIST = 'Name,AdminDisplayVersion\nEX01,Version 15.2 (Build 1544.4)\nEX02,Version 15.2 (Build 2562.17)\n';
const run = async (format: string): Promise<string> => (await runInProcess(['--hosts', '-', '--as-of', '2026-11-30', '-f', format], { stdin: LIST })).stdout;

describe('a host list from Get-ExchangeServer keeps its CU-level caveat in every format', () => {
  it.each([
    ['text', ['Exchange 2019 CU14 (CU level)', 'uncertain)']],
    ['markdown', ['Exchange SE RTM (CU level)']],
    ['junit', ['Exchange 2019 CU14 (CU level) (unsupported)', 'may lack CVE-2026-42897']],
    ['sarif', ['(Exchange SE RTM (CU level)) may lack ']],
  ])('%s', async (format, expected) => {
    const output = await run(format);
    for (const text of expected) expect(output).toContain(text);
  });

  it('tsv names the confidence and counts the uncertain fixes', async () => {
    const [header = '', first = ''] = (await run('tsv')).split('\n');
    const row = Object.fromEntries(header.split('\t').map((column, index) => [column, first.split('\t')[index]]));
    expect(row).toMatchObject({ host: 'EX01', confidence: 'cu-level' });
    expect(Number(row.uncertain)).toBeGreaterThan(0);
  });

  it('json marks the report cu-level and every fix an update on the CU could have brought uncertain', async () => {
    const report = JSON.parse(await run('json')) as { hosts: { confidence: string; exposed: { certain: boolean }[] }[] };
    expect(report.hosts.map((host) => host.confidence)).toEqual(['cu-level', 'cu-level']);
    expect(report.hosts[1]!.exposed.every((fix) => !fix.certain)).toBe(true);
  });
});
