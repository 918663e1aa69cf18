// A dotted build standing in running text or alone: `15.2.1118.7`, `15.02.1118.007`. Exact.
import { isIpShaped, readDottedCore } from '../dotted-value.js';
import type { Finding, Recogniser, SourceText, Statement } from '../finding.js';
import { findNumberRuns, type NumberRun } from '../number-runs.js';

const KIND = { form: 'dotted', proves: 'exact', label: 'dotted build' } as const;
/** Numbers passed over are reported (as claims) only this often: enough for a message, bounded for huge text. */
const MAX_PASSED_OVER = 3;

export const dottedText: Recogniser = {
  ...KIND,
  describes: 'a four-part build anywhere in the text, unless it could be an IP address (then only when it is the whole text)',
  examples: [
    { text: '15.2.1118.7', reads: '15.2.1118.7' },
    { text: '15.02.1118.007', reads: '15.2.1118.7' },
    { text: '8.3.083.6', reads: '8.3.83.6' },
    { text: '  15.2.1118.7\r\n', reads: '15.2.1118.7' },
    { text: '15.2.1118.7.', reads: '15.2.1118.7' },
    { text: "'15.1.2507.6'", reads: '15.1.2507.6' },
    { text: '\uFEFF15.1.2507.6', reads: '15.1.2507.6' },
    { text: 'The server runs 15.2.1544.14 since 27.11.2024 10:12:33.', reads: '15.2.1544.14' },
    { text: 'Version : 15.2.1544.14', reads: '15.2.1544.14' },
    { text: '15.2.221.12', reads: '15.2.221.12' },
    { text: 'EX01 runs 15.2.221.12 now', refused: 'could be an IP address' },
    { text: '15.20.8466.31', foreign: 'exchange-online' },
    { text: '6.5.7638.2', foreign: 'exchange-2003' },
    { text: '10.0.17763.1', reads: '10.0.17763.1' },
    { text: 'Microsoft Windows NT 10.0.17763.1', refused: 'no Exchange build' },
    { text: '15.2.1118.7 15.2.1118.12', refused: '2 different builds' },
    { text: 'v15.2.1118.7', refused: 'no Exchange build' },
    { text: '15.2.1118.7.1', refused: 'no Exchange build' },
    { text: '15.2.99999999.7', refused: 'no Exchange build' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    const passedOver = { 'could be an IP address': 0, 'has a part above 65535': 0 };
    const passOver = (line: number, run: NumberRun, why: keyof typeof passedOver): void => {
      if (passedOver[why]++ < MAX_PASSED_OVER) found.push({ kind: 'claim', line, start: run.start, end: run.end, text: run.core, why, quiet: true });
    };
    for (const line of text.lines) {
      for (const run of findNumberRuns(line.text)) {
        if (run.glued || run.cut) continue;
        const reading = readDottedCore(run.core);
        if (reading.kind !== 'build') {
          if (reading.why === 'too-large' && run.core.split('.').length === 4) passOver(line.number, run, 'has a part above 65535');
          continue;
        }
        const alone = text.whole === run.core;
        if (isIpShaped(reading.parts) && !alone) {
          passOver(line.number, run, 'could be an IP address');
          continue;
        }
        const statement: Statement = { kind: 'statement', parts: reading.parts, ...KIND, line: line.number, start: run.start, end: run.end, bare: true, alone };
        found.push(statement);
      }
    }
    return found;
  },
};
