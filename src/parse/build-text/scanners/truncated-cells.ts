// Finds values a narrow console cut off: `Version 15.1 (Build 25...`, `15.2.1544.…`. Never completed: refused.
import type { Finding, Scanner, SourceLine, SourceText } from '../finding.js';
import { findNumberRuns } from '../number-runs.js';
import { isIpShaped, readDottedCore } from '../dotted-value.js';

/** What stands before a cut-off AdminDisplayVersion: `Version 15.2 (Bu`, `Version 15.1 (Build 25`. */
const CUT_PHRASE = /version\s{1,4}(\d{1,5})\.(\d{1,5})\s{0,4}\((?:b(?:u(?:i(?:l(?:d)?)?)?)?)?(?:\s{1,4}[\d.]{0,12})?$/i;
const PHRASE_REACH = 48;

const makeTruncatedProblem = (line: SourceLine, text: string, prefix: readonly number[]): Finding => ({
  kind: 'problem',
  problem: 'truncated',
  line: line.number,
  label: 'value',
  text,
  prefix,
});

/**
 * The parts of a cut number known to be complete: in `15.02.154...` the 154 may have lost digits, in
 * `15.2.1544.…` the full stop after 1544 shows it is whole.
 */
function keepCompleteParts(line: string, core: string, end: number): number[] {
  let dots = 0;
  while (line[end + dots] === '.') dots++;
  const lastIsWhole = line[end + dots] === '…' ? dots >= 1 : dots >= 4;
  const parts = core.split('.').map(Number);
  return lastIsWhole ? parts : parts.slice(0, -1);
}

function findMarkers(text: string): number[] {
  const markers: number[] = [];
  for (let at = text.indexOf('...'); at >= 0; at = text.indexOf('...', at + 3)) markers.push(at);
  for (let at = text.indexOf('…'); at >= 0; at = text.indexOf('…', at + 1)) markers.push(at);
  return markers;
}

function findOnLine(line: SourceLine): Finding[] {
  const found: Finding[] = [];
  for (const run of findNumberRuns(line.text)) {
    if (!run.cut || run.glued) continue;
    const whole = readDottedCore(run.core);
    if (whole.kind === 'build' && isIpShaped(whole.parts)) continue;
    const prefix = keepCompleteParts(line.text, run.core, run.end);
    if (prefix.length > 0) found.push(makeTruncatedProblem(line, line.text.slice(run.start, run.end + 3), prefix));
  }
  for (const marker of findMarkers(line.text)) {
    const before = line.text.slice(Math.max(0, marker - PHRASE_REACH), marker);
    const cut = CUT_PHRASE.exec(before);
    if (cut) found.push(makeTruncatedProblem(line, `${cut[0]}...`, [Number(cut[1]), Number(cut[2])]));
  }
  return found;
}

export const truncatedCells: Scanner = {
  name: 'truncated-cells',
  describes: 'a build or AdminDisplayVersion that ends in "..." or "…" because the console was too narrow',
  examples: [
    { text: 'Version 15.1 (Build 25...', refused: 'looks truncated' },
    { text: 'Name  ServerRole AdminDisplayVersion\n----  ---------- -------------------\nEX01  Mailbox    Version 15.2 (Bu...', refused: 'looks truncated' },
    { text: '15.2.1544.…', refused: 'looks truncated' },
    { text: 'FileVersion : 15.02.154...', refused: 'looks truncated' },
    { text: 'FileVersion : 15.02.1544.014\nEX02  Version 15.2 (Build 15…', refused: 'looks truncated' },
    { text: 'Pinging 10.1.2.3... 15.2.1544.14', reads: '15.2.1544.14', form: 'dotted' },
    { text: 'Loading 15... done: 15.2.1544.14', reads: '15.2.1544.14', form: 'dotted' },
    { text: '.NET 4.8... FileVersion 15.2.1544.14', reads: '15.2.1544.14', form: 'dotted' },
  ],
  find(text: SourceText): Finding[] {
    return text.lines.flatMap((line) => (line.text.includes('...') || line.text.includes('…') ? findOnLine(line) : []));
  },
};
