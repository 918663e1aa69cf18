// The AD serialNumber of an Exchange server object: `Version 15.2 (Build 31544.4)` is build 1544.4. CU level.
import { readDottedCore } from '../dotted-value.js';
import type { Finding, Recogniser, SourceText } from '../finding.js';
import { stateValue } from '../state-value.js';
import { findVersionBuildPhrases } from '../version-build-phrase.js';
import { SERIAL_NUMBER_OFFSET } from './admin-display-version.js';

const KIND = { form: 'ad-serial-number', proves: 'cu-level', label: 'AD serialNumber' } as const;

export const adSerialNumber: Recogniser = {
  ...KIND,
  describes: 'the serialNumber attribute of the server object in Active Directory, which adds 30000 to the build number',
  examples: [
    { text: 'Version 15.2 (Build 31544.4)', reads: '15.2.1544.4' },
    { text: 'serialNumber : {Version 15.1 (Build 32507.6)}', reads: '15.1.2507.6' },
    { text: 'serialNumber: Version 15.0 (Build 31497.2)', reads: '15.0.1497.2' },
    { text: 'serialNumber : {Version 6.5 (Build 7638.2: Service Pack 2)}', foreign: 'exchange-2003' },
    { text: 'Version 15.2 (Build 31544.4)\nAdminDisplayVersion : Version 15.2 (Build 1544.4)', reads: '15.2.1544.4', form: 'admin-display-version' },
    { text: 'Version 15.2 (Build 99999.4)', refused: 'above 65535' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    for (const line of text.lines) {
      for (const phrase of findVersionBuildPhrases(line)) {
        const offset = phrase.build.length >= 5 && Number(phrase.build) >= SERIAL_NUMBER_OFFSET;
        if (!offset && !phrase.serialNumberLabel) continue;
        const build = offset && phrase.build.length <= 6 ? String(Number(phrase.build) - SERIAL_NUMBER_OFFSET) : phrase.build;
        const core = `${phrase.major}.${phrase.minor}.${build}.${phrase.revision}`;
        const finding = stateValue(KIND, line, phrase.start, line.text.slice(phrase.start, phrase.end), readDottedCore(core));
        if (finding) found.push(finding);
      }
    }
    return found;
  },
};
