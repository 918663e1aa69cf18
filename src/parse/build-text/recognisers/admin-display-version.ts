// AdminDisplayVersion: `Version 15.2 (Build 1118.7)`, alone or in `Get-ExchangeServer | fl`. CU level only.
import { readDottedCore } from '../dotted-value.js';
import type { Finding, Recogniser, SourceText } from '../finding.js';
import { stateValue } from '../state-value.js';
import { findVersionBuildPhrases } from '../version-build-phrase.js';

/** The AD serialNumber form adds 30000 to the build number; AdminDisplayVersion never reaches it. */
export const SERIAL_NUMBER_OFFSET = 30000;

const KIND = { form: 'admin-display-version', proves: 'cu-level', label: 'AdminDisplayVersion' } as const;

export const adminDisplayVersion: Recogniser = {
  ...KIND,
  describes: 'Get-ExchangeServer AdminDisplayVersion: the CU or service pack installed, not its security updates',
  examples: [
    { text: 'Version 15.2 (Build 1118.7)', reads: '15.2.1118.7' },
    { text: '"Version 15.2 (Build 1118.7)"', reads: '15.2.1118.7' },
    { text: 'version 15.1  (build 2507.6).', reads: '15.1.2507.6' },
    { text: 'AdminDisplayVersion : Version 15.2 (Build 1544.4)', reads: '15.2.1544.4' },
    { text: 'Version 8.3 (Build 83.6)', reads: '8.3.83.6' },
    { text: 'EX01   Mailbox   Version 14.3 (Build 123.4)', reads: '14.3.123.4' },
    { text: '<ToString>Version 15.1 (Build 2507.6)</ToString>', reads: '15.1.2507.6' },
    { text: 'Version 6.5 (Build 7638.2: Service Pack 2)', foreign: 'exchange-2003' },
    { text: 'Version 6.0 (Build 6249.4: Service Pack 3)', foreign: 'exchange-2000' },
    { text: 'Version 15.2 (Build 1118.70000)', refused: 'above 65535' },
    { text: 'EX01 Version 15.2 (Build 1118.7)\nEX02 Version 15.2 (Build 1258.12)', refused: '2 different builds' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    for (const line of text.lines) {
      for (const phrase of findVersionBuildPhrases(line)) {
        if (phrase.serialNumberLabel || (phrase.build.length >= 5 && Number(phrase.build) >= SERIAL_NUMBER_OFFSET)) continue;
        const core = `${phrase.major}.${phrase.minor}.${phrase.build}.${phrase.revision}`;
        const finding = stateValue(KIND, line, phrase.start, line.text.slice(phrase.start, phrase.end), readDottedCore(core));
        if (finding) found.push(finding);
      }
    }
    return found;
  },
};
