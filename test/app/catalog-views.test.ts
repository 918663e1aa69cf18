import { describe, expect, it } from 'vitest';
import { runInProcess } from '../support/run-in-process.js';

const AS_OF = ['--as-of', '2026-11-24'];
const json = async (argv: string[], exitCode = 0): Promise<Record<string, unknown>> => {
  const { code, stdout, stderr } = await runInProcess([...argv, '-f', 'json']);
  expect(code, stderr).toBe(exitCode);
  return JSON.parse(stdout) as Record<string, unknown>;
};

describe('rollup-check releases', () => {
  it('lists a line with each release state', async () => {
    const { releases } = (await json(['releases', '2016', '--line', 'CU23', ...AS_OF])) as { releases: { name: string; state: string }[] };
    expect(releases[0]).toMatchObject({ name: 'Exchange 2016 CU23', state: 'out-of-support' });
    expect(releases.find((release) => release.name === 'Exchange 2016 CU23 Nov24SU')?.state).toBe('replaced');
  });

  it('judges support and replacement as of the date given', async () => {
    const { releases } = (await json(['releases', 'exchange-2019', '--line', 'CU14', '--as-of', '2024-11-20'])) as {
      releases: { name: string; state: string }[];
    };
    expect(releases.map((release) => [release.name, release.state])).toEqual([
      ['Exchange 2019 CU14', 'superseded'],
      ['Exchange 2019 CU14 Mar24SU', 'superseded'],
      ['Exchange 2019 CU14 Apr24HU', 'superseded'],
      ['Exchange 2019 CU14 Nov24SU', 'current'],
    ]);
  });

  it('prints a TSV table with fixed columns', async () => {
    const { stdout } = await runInProcess(['releases', 'se', '-f', 'tsv', ...AS_OF]);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('product\tline\tname\tbuild\tdate\tkind\tkb\tstate\tavailability');
    expect(lines.at(-1)).toBe('exchange-se\tRTM\tExchange SE RTM Sep26SUv2\t15.2.2562.53\t2026-10-02\tsu\tKB5129955\tcurrent\tpublic');
  });

  it('names the products when the one asked for is unknown', async () => {
    const { code, stderr } = await runInProcess(['releases', '2003', ...AS_OF]);
    expect(code).toBe(2);
    expect(stderr).toContain('no product "2003" in the catalog; products: exchange-2007, exchange-2010');
  });
});

describe('rollup-check diff', () => {
  it('lists the fixes gained going from RU2 to RU5', async () => {
    const diff = (await json(['diff', 'Exchange 2007 SP1 RU2', 'Exchange 2007 SP1 RU6', ...AS_OF])) as { gained: { id: string }[]; lost: unknown[] };
    expect(diff.gained.map((fix) => fix.id)).toEqual(expect.arrayContaining(['MS08-039', 'MS09-003', 'KB950675']));
    expect(diff.lost).toEqual([]);
  });

  it('shows what a downgrade or a non-cumulative package loses', async () => {
    const diff = (await json(['diff', '15.1.1415.7', '15.1.1415.10', ...AS_OF])) as { gained: { id: string }[]; lost: { id: string }[] };
    expect(diff.lost.map((fix) => fix.id)).toContain('CVE-2018-0924');
    expect(diff.gained.map((fix) => fix.id)).toContain('CVE-2021-26855');
  });

  it('refuses builds of two unrelated products', async () => {
    const { code, stderr } = await runInProcess(['diff', '15.2.1544.4', '15.1.2507.6', ...AS_OF]);
    expect(code).toBe(2);
    expect(stderr).toBe('rollup-check: Exchange 2019 CU14 and Exchange 2016 CU23 are releases of unrelated products (neither succeeds the other)\n');
  });

  it('compares a release with one of its successor product', async () => {
    const diff = (await json(['diff', '15.2.1748.10', 'Exchange SE RTM', ...AS_OF])) as { gained: { id: string }[]; lost: unknown[] };
    expect(diff.gained.map((fix) => fix.id)).toContain('CVE-2025-53786');
    expect(diff.lost).toEqual([]);
  });
});

describe('rollup-check explain', () => {
  it('names, per line, the first release that contains a fix', async () => {
    const explanation = (await json(['explain', 'CVE-2024-49040', ...AS_OF])) as { lines: { product: string; line: string; firstContaining: string }[] };
    expect(explanation.lines).toContainEqual(
      expect.objectContaining({ product: 'exchange-2019', line: 'CU14', firstContaining: 'Exchange 2019 CU14 Nov24SUv2' }),
    );
    expect(explanation.lines).toContainEqual(expect.objectContaining({ product: 'exchange-2019', line: 'CU15', firstContaining: 'Exchange 2019 CU15' }));
  });

  it.each([
    ['15.2.1748.10', 'contains', /inherited through the base release Exchange 2019 CU15.*Exchange 2019 CU13 Nov24SUv2/, 0],
    ['15.2.1544.14', 'contains', /Exchange 2019 CU14 Nov24SUv2 ships it itself/, 0],
    ['15.2.1544.25', 'contains', /carried forward from Exchange 2019 CU14 Nov24SUv2 on line CU14/, 0],
    ['15.2.1544.4', 'missing', /no release up to Exchange 2019 CU14 on line CU14 contains it/, 1],
  ])('says whether %s contains CVE-2024-49040 and why, and exits 1 when it does not', async (build, state, how, code) => {
    const { build: verdict } = (await json(['explain', 'CVE-2024-49040', '--build', build, ...AS_OF], code)) as { build: { state: string; how: string } };
    expect(verdict.state).toBe(state);
    expect(verdict.how).toMatch(how);
  });

  it('finds a CVE inside the bulletin that covers it', async () => {
    const explanation = (await json(['explain', 'CVE-2012-1766', ...AS_OF])) as { fix: { id: string } };
    expect(explanation.fix.id).toBe('MS12-058');
  });

  it('explains a release: its line, contents and what supersedes it', async () => {
    const explanation = (await json(['explain', 'Exchange 2016 CU23 Nov24SU', ...AS_OF])) as Record<string, unknown>;
    expect(explanation).toMatchObject({
      subject: 'release',
      line: 'CU23',
      replacedBy: 'Exchange 2016 CU23 Nov24SUv2',
      recommended: 'Exchange SE RTM Sep26SUv2',
    });
  });
});

describe('rollup-check explain with the words people type', () => {
  it('explains a release by its KB', async () => {
    const explanation = (await json(['explain', 'KB5121574', ...AS_OF])) as { subject: string; release: { name: string; kb: string } };
    expect(explanation).toMatchObject({ subject: 'release', release: { name: 'Exchange 2019 CU15 Aug26SU', kb: 'KB5121574' } });
  });

  it('explains a release named in Microsoft’s style, quoted or not', async () => {
    for (const argv of [['Exchange Server 2019 Cumulative Update 14'], ['Exchange', 'Server', '2019', 'CU14']]) {
      expect(await json(['explain', ...argv, ...AS_OF])).toMatchObject({ subject: 'release', release: { name: 'Exchange 2019 CU14' } });
    }
  });

  it.each([
    [
      'CVE-2099-1234',
      /^rollup-check: CVE-2099-1234 is not in the catalog \(published \d{4}-\d{2}-\d{2}\): no fix or release goes by it; the nearest it knows: CVE-/,
    ],
    ['cve-2021-26585', /the nearest it knows: CVE-2021-26855, /],
    ['KB9999999', /^rollup-check: KB9999999 is not in the catalog .*; the nearest it knows: KB\d+/],
    ['MS99-001', /^rollup-check: MS99-001 is not in the catalog/],
  ])('says %s is not in the catalog, with exit code 4 and the nearest ids it knows', async (id, message) => {
    const { code, stdout, stderr } = await runInProcess(['explain', id, ...AS_OF]);
    expect(code).toBe(4);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('asks which release when a KB announces several', async () => {
    const { code, stderr } = await runInProcess(['explain', 'KB5000871', ...AS_OF]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^rollup-check: KB5000871 announces \d+ releases \(Exchange 20\d\d .+ and \d+ more\); explain one of them by name or build\n$/);
  });

  it('says a build of a product the catalog leaves out is not in it, with exit code 4', async () => {
    const { code, stderr } = await runInProcess(['explain', 'Version 6.5 (Build 7638.2: Service Pack 2)', ...AS_OF]);
    expect(code).toBe(4);
    expect(stderr).toContain('6.5.7638.2 is a build of Exchange Server 2003, a product this catalog does not cover');
  });

  it('compares releases named in Microsoft’s style', async () => {
    const diff = (await json(['diff', 'Exchange Server 2019 CU14', 'Exchange 2019 CU14 Nov24SU v2', ...AS_OF])) as {
      from: { release: string };
      to: { release: string };
      gained: { id: string }[];
    };
    expect([diff.from.release, diff.to.release]).toEqual(['Exchange 2019 CU14', 'Exchange 2019 CU14 Nov24SUv2']);
    expect(diff.gained.map((fix) => fix.id)).toContain('CVE-2024-49040');
  });
});
