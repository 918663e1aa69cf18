import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/model.js';
import { FleetSummaryBuilder } from '../../../src/gate/fleet-summary.js';
import { DEFAULT_GATE_POLICY } from '../../../src/gate/gate-policy.js';
import { createHostChecker } from '../../../src/gate/host-checker.js';
import type { HostOutcome } from '../../../src/gate/host-outcome.js';
import { paintStyledText } from '../../../src/output/paint-styled-text.js';
import { textStreamRenderer } from '../../../src/render/text/fleet-text.js';
import { hostRow } from '../../../src/parse/hosts/host-row.js';
import { plainText, type StyledText } from '../../../src/shared/styled-text.js';
import { loadFixtureCatalog } from '../../support/helpers.js';

const AS_OF = '2020-09-01';
const HOSTS: readonly [string, string][] = [
  ['exchange-mailbox-server-01.contoso.com', '1.0.100.0'],
  ['exchange-mailbox-server-02.contoso.com', '1.1.110.0'],
  ['EX03', '1.2.100.0'],
  ['EX04', 'garbage'],
];

let demo: Catalog;
beforeAll(async () => {
  demo = await loadFixtureCatalog('servicing.yaml');
});

function outcomesOf(hosts: readonly (readonly [string, string])[]): HostOutcome[] {
  const check = createHostChecker(demo, { asOf: AS_OF, target: 'supported', esu: false, policy: DEFAULT_GATE_POLICY });
  return hosts.map(([host, build], index) => check(hostRow(index + 2, host, build)));
}

/** The fleet text view as the output edge receives it: styled text per host, then the summary. */
function renderFleet(width: number | null, hosts: readonly (readonly [string, string])[] = HOSTS): StyledText {
  const renderer = textStreamRenderer({
    width,
    header: true,
    tool: { name: 'rollup-check', version: '9.9.9' },
    catalog: { ...demo.source, file: 'demo.yaml' },
    catalogs: [{ ...demo.source, file: 'demo.yaml' }],
    asOf: AS_OF,
    source: 'hosts.csv',
  });
  const summary = new FleetSummaryBuilder();
  const lines = outcomesOf(hosts).flatMap((outcome) => {
    summary.add(outcome);
    return (renderer.host(outcome) as StyledText).lines;
  });
  return { lines: [...lines, ...(renderer.end(summary.build()) as StyledText).lines] };
}

/** The catalog's short digest, as the footer shows it. */
let DIGEST = '';
beforeAll(() => {
  DIGEST = demo.source.digest.slice(0, 19);
});

const golden = (): Record<string, readonly string[]> => {
  return {
    null: [
      'exchange-mailbox-server-01.contoso.com  Demo RTM                            unsupported  -> Demo SP2                       6 missing (1 critical, 2 high, 1 medium, 1 low, 1 unrated, 1 exploited)',
      'exchange-mailbox-server-02.contoso.com  Demo SP1 U1                         behind       -> Demo SP1 U3                    1 missing (1 low)',
      'EX03                      Demo SP2                            current      up to date                        nothing missing',
      'EX04                      -                                   error        build text "garbage" states no Exchange build; expected an Exchange build such as 15.2.1118.7, "Version 15.2 (Build 1118.7)", ExSetup.exe FileVersion output, the registry Setup values, a HealthChecker report, a setup log, a mail header or a release name',
      '',
      '4 hosts: 1 current, 1 behind, 1 unsupported, 1 error',
      '2 failed the gate',
      `catalog demo.yaml (published 2020-07-01, ${DIGEST}); as of 2020-09-01; facts end 2020-07-01; 2 monthly update days since: newer updates may exist`,
      'Missing on the most hosts:',
      '    SEC-4 low       on 2 hosts',
      '  ! SEC-1 critical  on 1 host',
      '    SEC-2 high      on 1 host',
      '    SEC-5 important on 1 host',
      '    SEC-3 medium    on 1 host',
      '    BUG-3 -         on 1 host',
    ],
    40: [
      'exchange-mailbox-server-01.contoso.com',
      '    Demo RTM  unsupported  -> Demo SP2',
      '    6 missing (1 critical, 2 high, 1',
      '    medium, 1 low, 1 unrated, 1',
      '    exploited)',
      'exchange-mailbox-server-02.contoso.com',
      '    Demo SP1 U1  behind  -> Demo SP1 U3',
      '    1 missing (1 low)',
      'EX03',
      '    Demo SP2  current  up to date',
      '    nothing missing',
      'EX04',
      '    error',
      '    build text "garbage" states no',
      '    Exchange build; expected an Exchange',
      '    build such as 15.2.1118.7, "Version',
      '    15.2 (Build 1118.7)", ExSetup.exe',
      '    FileVersion output, the registry',
      '    Setup values, a HealthChecker',
      '    report, a setup log, a mail header',
      '    or a release name',
      '',
      '4 hosts: 1 current, 1 behind, 1',
      '  unsupported, 1 error',
      '2 failed the gate',
      'catalog demo.yaml (published 2020-07-01,',
      `  ${DIGEST}); as of`,
      '  2020-09-01; facts end 2020-07-01; 2',
      '  monthly update days since: newer',
      '  updates may exist',
      'Missing on the most hosts:',
      '    SEC-4 low       on 2 hosts',
      '  ! SEC-1 critical  on 1 host',
      '    SEC-2 high      on 1 host',
      '    SEC-5 important on 1 host',
      '    SEC-3 medium    on 1 host',
      '    BUG-3 -         on 1 host',
    ],
    80: [
      'exchange-mailbox-server-01.contoso.com',
      '    Demo RTM  unsupported  -> Demo SP2',
      '    6 missing (1 critical, 2 high, 1 medium, 1 low, 1 unrated, 1 exploited)',
      'exchange-mailbox-server-02.contoso.com',
      '    Demo SP1 U1  behind  -> Demo SP1 U3',
      '    1 missing (1 low)',
      'EX03',
      '    Demo SP2  current  up to date',
      '    nothing missing',
      'EX04',
      '    error',
      '    build text "garbage" states no Exchange build; expected an Exchange build',
      '    such as 15.2.1118.7, "Version 15.2 (Build 1118.7)", ExSetup.exe FileVersion',
      '    output, the registry Setup values, a HealthChecker report, a setup log, a',
      '    mail header or a release name',
      '',
      '4 hosts: 1 current, 1 behind, 1 unsupported, 1 error',
      '2 failed the gate',
      `catalog demo.yaml (published 2020-07-01, ${DIGEST}); as of 2020-09-01;`,
      '  facts end 2020-07-01; 2 monthly update days since: newer updates may exist',
      'Missing on the most hosts:',
      '    SEC-4 low       on 2 hosts',
      '  ! SEC-1 critical  on 1 host',
      '    SEC-2 high      on 1 host',
      '    SEC-5 important on 1 host',
      '    SEC-3 medium    on 1 host',
      '    BUG-3 -         on 1 host',
    ],
    160: [
      'exchange-mailbox-server-01.contoso.com',
      '                          Demo RTM                            unsupported  -> Demo SP2                       6 missing (1 critical, 2 high, 1 medium, 1 low, 1',
      '                                                                                                             unrated, 1 exploited)',
      'exchange-mailbox-server-02.contoso.com',
      '                          Demo SP1 U1                         behind       -> Demo SP1 U3                    1 missing (1 low)',
      'EX03                      Demo SP2                            current      up to date                        nothing missing',
      'EX04                      -                                   error        build text "garbage" states no Exchange build; expected an Exchange build such as',
      '                                                                                                             15.2.1118.7, "Version 15.2 (Build 1118.7)",',
      '                                                                                                             ExSetup.exe FileVersion output, the registry Setup',
      '                                                                                                             values, a HealthChecker report, a setup log, a mail',
      '                                                                                                             header or a release name',
      '',
      '4 hosts: 1 current, 1 behind, 1 unsupported, 1 error',
      '2 failed the gate',
      `catalog demo.yaml (published 2020-07-01, ${DIGEST}); as of 2020-09-01; facts end 2020-07-01; 2 monthly update days since: newer updates may exist`,
      'Missing on the most hosts:',
      '    SEC-4 low       on 2 hosts',
      '  ! SEC-1 critical  on 1 host',
      '    SEC-2 high      on 1 host',
      '    SEC-5 important on 1 host',
      '    SEC-3 medium    on 1 host',
      '    BUG-3 -         on 1 host',
    ],
  };
};

const coloured = (): readonly string[] => [
  'exchange-mailbox-server-01.contoso.com  Demo RTM                            \u001b[31munsupported\u001b[39m  -> Demo SP2                       6 missing (1 critical, 2 high, 1 medium, 1 low, 1 unrated, 1 exploited)',
  'exchange-mailbox-server-02.contoso.com  Demo SP1 U1                         \u001b[31mbehind     \u001b[39m  -> Demo SP1 U3                    1 missing (1 low)',
  'EX03                      Demo SP2                            \u001b[32mcurrent    \u001b[39m  up to date                        nothing missing',
  'EX04                      -                                   \u001b[31merror      \u001b[39m  build text "garbage" states no Exchange build; expected an Exchange build such as 15.2.1118.7, "Version 15.2 (Build 1118.7)", ExSetup.exe FileVersion output, the registry Setup values, a HealthChecker report, a setup log, a mail header or a release name',
  '',
  '\u001b[1m4 hosts: 1 current, 1 behind, 1 unsupported, 1 error\u001b[22m',
  '2 failed the gate',
  `\u001b[90mcatalog demo.yaml (published 2020-07-01, ${DIGEST}); as of 2020-09-01; facts end 2020-07-01; 2 monthly update days since: newer updates may exist\u001b[39m`,
  'Missing on the most hosts:',
  '    SEC-4 \u001b[90mlow      \u001b[39m on 2 hosts',
  '  \u001b[31m\u001b[1m!\u001b[22m\u001b[39m SEC-1 \u001b[31m\u001b[1mcritical \u001b[22m\u001b[39m on 1 host',
  '    SEC-2 \u001b[31mhigh     \u001b[39m on 1 host',
  '    SEC-5 \u001b[31mimportant\u001b[39m on 1 host',
  '    SEC-3 \u001b[33mmedium   \u001b[39m on 1 host',
  '    BUG-3 \u001b[90m-        \u001b[39m on 1 host',
];

describe('the host-list text view', () => {
  it.each(['null', '40', '80', '160'])('fits a terminal %s columns wide (golden, colour off; null: a pipe)', (width) => {
    expect(
      plainText(renderFleet(width === 'null' ? null : Number(width)))
        .split('\n')
        .slice(0, -1),
    ).toEqual(golden()[width]);
  });

  it('colours statuses, the summary and severities on a colour terminal (golden, colour on)', () => {
    expect(paintStyledText(renderFleet(null), 1).split('\n').slice(0, -1)).toEqual(coloured());
  });

  it('never cuts a host name, and never makes a line wider than the terminal but for a word that is wider itself', () => {
    for (const width of [40, 80, 160]) {
      const lines = plainText(renderFleet(width)).split('\n');
      for (const [host] of HOSTS)
        expect(
          lines.some((line) => line === host || line.startsWith(`${host} `)),
          host,
        ).toBe(true);
      expect(lines.filter((line) => line.length > width && line.trim().includes(' '))).toEqual([]);
    }
  });

  it('writes counts with thousands separators', () => {
    const fleet = Array.from({ length: 1234 }, (_, index): [string, string] => [`EX${index}`, '1.1.110.0']);
    const text = plainText(renderFleet(null, fleet));
    expect(text).toContain('1,234 hosts: 1,234 behind');
    expect(text).toContain('1,234 failed the gate');
    expect(text).toContain('SEC-4 low       on 1,234 hosts');
  });

  it('puts the most severe first among fixes missing on as many hosts, then exploited ones, then by id', () => {
    const lines = plainText(renderFleet(null, [['EX01', '1.0.100.0']])).split('\n');
    const most = lines.slice(lines.indexOf('Missing on the most hosts:') + 1, -1);
    expect(most.map((line) => line.trim().replace(/ +/g, ' '))).toEqual([
      '! SEC-1 critical on 1 host',
      'SEC-2 high on 1 host',
      'SEC-5 important on 1 host',
      'SEC-3 medium on 1 host',
      'SEC-4 low on 1 host',
      'BUG-3 - on 1 host',
    ]);
  });
});
