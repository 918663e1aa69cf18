import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/model.js';
import type { CheckedReport } from '../../../src/gate/checked-report.js';
import { paintStyledText } from '../../../src/output/paint-styled-text.js';
import type { RenderOptions } from '../../../src/render/render-options.js';
import { renderReportText } from '../../../src/render/text/report-text.js';
import { plainText } from '../../../src/shared/styled-text.js';
import { analyze, checked, embeddedCatalog, loadFixtureCatalog } from '../../support/helpers.js';

let demo: Catalog;
beforeAll(async () => {
  demo = await loadFixtureCatalog('servicing.yaml');
});

const options = (width: number | null): RenderOptions => ({
  width,
  header: true,
  tool: { name: 'rollup-check', version: '9.9.9' },
  catalog: { ...demo.source, file: 'demo.yaml' },
  catalogs: [{ ...demo.source, file: 'demo.yaml' }],
  asOf: '2020-09-01',
});
const report = (build = '1.0.100.0'): CheckedReport => checked(analyze(demo, build, '2020-09-01'));

/** The catalog's short digest, as the footer shows it. */
let DIGEST = '';
beforeAll(() => {
  DIGEST = demo.source.digest.slice(0, 19);
});

/** At any width that fits every line, and on a pipe, the report reads the same. */
const wide = (): readonly string[] => [
  'Demo RTM  build 1.0.100.0, released 2020-01-01',
  '  Demo Server, line RTM · out of support: line RTM support ended 2020-06-30',
  '',
  'Recommended: Demo SP2  build 1.2.100.0, KB1200, released 2020-06-01',
  '  install Demo SP2 (KB1200)',
  '',
  'Lacks 6 fixes:',
  '  ! SEC-1  critical   9.8  Pre-auth remote code execution  (Demo RTM U1, 2020-02-01)',
  '    SEC-2  high       8.1  Privilege escalation shipped on two lines  (Demo RTM U2, 2020-03-01)',
  '    SEC-5  important       Fixed in the service pack only  (Demo SP2, 2020-06-01)',
  '      note: Run setup with /PrepareAD after installing',
  '    SEC-3  medium     5.0  Spoofing weakness with a tab  (Demo SP1 U2, 2020-04-01)',
  '    SEC-4  low             Denial of service  (Demo SP1 U3, 2020-05-01)',
  '    BUG-3  -               Console error when reconnecting a mailbox  (Demo SP1, 2020-02-15)',
  '  ! exploited in the wild',
  '',
  'Verdict: out of support: lacks 6 fixes, 1 known exploited; install Demo SP2',
  'Gate: fails: 6 fixes, 1 exploited; line RTM out of support since 2020-06-30: install Demo SP2',
  '  fixes: SEC-1, SEC-2, SEC-5, SEC-3, SEC-4, BUG-3',
  '',
  `catalog demo.yaml (published 2020-07-01, ${DIGEST}); as of 2020-09-01; facts end 2020-07-01; 2 monthly update days since: newer updates may exist`,
];

const golden = (): Record<string, readonly string[]> => ({
  null: wide(),
  40: [
    'Demo RTM  build 1.0.100.0, released',
    '  2020-01-01',
    '  Demo Server, line RTM · out of',
    '    support: line RTM support ended',
    '    2020-06-30',
    '',
    'Recommended: Demo SP2  build 1.2.100.0,',
    '  KB1200, released 2020-06-01',
    '  install Demo SP2 (KB1200)',
    '',
    'Lacks 6 fixes:',
    '  ! SEC-1  critical 9.8',
    '      Pre-auth remote code execution',
    '      (Demo RTM U1, 2020-02-01)',
    '    SEC-2  high 8.1',
    '      Privilege escalation shipped on',
    '      two lines  (Demo RTM U2,',
    '      2020-03-01)',
    '    SEC-5  important',
    '      Fixed in the service pack only',
    '      (Demo SP2, 2020-06-01)',
    '      note: Run setup with /PrepareAD',
    '            after installing',
    '    SEC-3  medium 5.0',
    '      Spoofing weakness with a tab',
    '      (Demo SP1 U2, 2020-04-01)',
    '    SEC-4  low',
    '      Denial of service  (Demo SP1 U3,',
    '      2020-05-01)',
    '    BUG-3  -',
    '      Console error when reconnecting a',
    '      mailbox  (Demo SP1, 2020-02-15)',
    '  ! exploited in the wild',
    '',
    'Verdict: out of support: lacks 6 fixes,',
    '  1 known exploited; install Demo SP2',
    'Gate: fails: 6 fixes, 1 exploited; line',
    '  RTM out of support since 2020-06-30:',
    '  install Demo SP2',
    '  fixes: SEC-1, SEC-2, SEC-5, SEC-3,',
    '    SEC-4, BUG-3',
    '',
    'catalog demo.yaml (published 2020-07-01,',
    `  ${DIGEST}); as of`,
    '  2020-09-01; facts end 2020-07-01; 2',
    '  monthly update days since: newer',
    '  updates may exist',
  ],
  80: [
    'Demo RTM  build 1.0.100.0, released 2020-01-01',
    '  Demo Server, line RTM · out of support: line RTM support ended 2020-06-30',
    '',
    'Recommended: Demo SP2  build 1.2.100.0, KB1200, released 2020-06-01',
    '  install Demo SP2 (KB1200)',
    '',
    'Lacks 6 fixes:',
    '  ! SEC-1  critical   9.8  Pre-auth remote code execution  (Demo RTM U1,',
    '                           2020-02-01)',
    '    SEC-2  high       8.1  Privilege escalation shipped on two lines  (Demo RTM',
    '                           U2, 2020-03-01)',
    '    SEC-5  important       Fixed in the service pack only  (Demo SP2,',
    '                           2020-06-01)',
    '      note: Run setup with /PrepareAD after installing',
    '    SEC-3  medium     5.0  Spoofing weakness with a tab  (Demo SP1 U2,',
    '                           2020-04-01)',
    '    SEC-4  low             Denial of service  (Demo SP1 U3, 2020-05-01)',
    '    BUG-3  -               Console error when reconnecting a mailbox  (Demo SP1,',
    '                           2020-02-15)',
    '  ! exploited in the wild',
    '',
    'Verdict: out of support: lacks 6 fixes, 1 known exploited; install Demo SP2',
    'Gate: fails: 6 fixes, 1 exploited; line RTM out of support since 2020-06-30:',
    '  install Demo SP2',
    '  fixes: SEC-1, SEC-2, SEC-5, SEC-3, SEC-4, BUG-3',
    '',
    `catalog demo.yaml (published 2020-07-01, ${DIGEST}); as of 2020-09-01;`,
    '  facts end 2020-07-01; 2 monthly update days since: newer updates may exist',
  ],
  160: wide(),
});

const coloured = (): readonly string[] => [
  '\u001b[1mDemo RTM\u001b[22m  build 1.0.100.0, released 2020-01-01',
  '  Demo Server, line RTM · \u001b[31mout of support: line RTM support ended 2020-06-30\u001b[39m',
  '',
  '\u001b[1mRecommended:\u001b[22m \u001b[36m\u001b[1mDemo SP2\u001b[22m\u001b[39m  build 1.2.100.0, KB1200, released 2020-06-01',
  '  install Demo SP2 (KB1200)',
  '',
  '\u001b[1mLacks 6 fixes:\u001b[22m',
  '  \u001b[31m\u001b[1m!\u001b[22m\u001b[39m SEC-1  \u001b[31m\u001b[1mcritical \u001b[22m\u001b[39m  9.8  Pre-auth remote code execution  \u001b[90m(Demo RTM U1,\u001b[39m',
  '                           \u001b[90m2020-02-01)\u001b[39m',
  '    SEC-2  \u001b[31mhigh     \u001b[39m  8.1  Privilege escalation shipped on two lines  \u001b[90m(Demo RTM\u001b[39m',
  '                           \u001b[90mU2, 2020-03-01)\u001b[39m',
  '    SEC-5  \u001b[31mimportant\u001b[39m       Fixed in the service pack only  \u001b[90m(Demo SP2,\u001b[39m',
  '                           \u001b[90m2020-06-01)\u001b[39m',
  '      \u001b[90mnote: Run setup with /PrepareAD after installing\u001b[39m',
  '    SEC-3  \u001b[33mmedium   \u001b[39m  5.0  Spoofing weakness with a tab  \u001b[90m(Demo SP1 U2,\u001b[39m',
  '                           \u001b[90m2020-04-01)\u001b[39m',
  '    SEC-4  \u001b[90mlow      \u001b[39m       Denial of service  \u001b[90m(Demo SP1 U3, 2020-05-01)\u001b[39m',
  '    BUG-3  \u001b[90m-        \u001b[39m       Console error when reconnecting a mailbox  \u001b[90m(Demo SP1,\u001b[39m',
  '                           \u001b[90m2020-02-15)\u001b[39m',
  '\u001b[90m  ! exploited in the wild\u001b[39m',
  '',
  '\u001b[31m\u001b[1mVerdict: out of support: lacks 6 fixes, 1 known exploited; install Demo SP2\u001b[22m\u001b[39m',
  'Gate: fails: 6 fixes, 1 exploited; line RTM out of support since 2020-06-30:',
  '  install Demo SP2',
  '  fixes: SEC-1, SEC-2, SEC-5, SEC-3, SEC-4, BUG-3',
  '',
  `\u001b[90mcatalog demo.yaml (published 2020-07-01, ${DIGEST}); as of 2020-09-01;\u001b[39m`,
  '  \u001b[90mfacts end 2020-07-01; 2 monthly update days since: newer updates may exist\u001b[39m',
];

const linesOf = (text: string): string[] => text.split('\n').slice(0, -1);

describe('the single-build text view', () => {
  it.each(['null', '40', '80', '160'])('fits a terminal %s columns wide (golden, colour off; null: a pipe)', (width) => {
    expect(linesOf(plainText(renderReportText(report(), options(width === 'null' ? null : Number(width)))))).toEqual(golden()[width]);
  });

  it('colours the release, the severities, the verdict and the footer on an 80-column colour terminal (golden, colour on)', () => {
    expect(linesOf(paintStyledText(renderReportText(report(), options(80)), 1))).toEqual(coloured());
  });

  it('says how many fixes the server lacks and how many more it may lack', async () => {
    const exchange = await embeddedCatalog();
    const text = plainText(renderReportText(checked(analyze(exchange, '15.1.1415.10', '2026-11-24')), options(null)));
    expect(text).toMatch(/^Lacks \d+ fixes and may lack \d+ more:$/m);
    expect(text).not.toContain('Exposed to');
  });

  it('summarises the gate in one line and lists the failing fixes below it, wrapped at word boundaries', () => {
    const lines = linesOf(plainText(renderReportText(report(), options(40))));
    const gate = lines.findIndex((line) => line.startsWith('Gate: '));
    expect(lines[gate]).toBe('Gate: fails: 6 fixes, 1 exploited; line');
    expect(lines.slice(gate + 3, gate + 5)).toEqual(['  fixes: SEC-1, SEC-2, SEC-5, SEC-3,', '    SEC-4, BUG-3']);
  });
});
