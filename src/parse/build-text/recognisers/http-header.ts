// The X-OWA-Version response header of Outlook on the web and Autodiscover. Exact.
import { readDottedToken } from '../dotted-value.js';
import type { Finding, Recogniser, SourceText } from '../finding.js';
import { stateValue } from '../state-value.js';

const KIND = { form: 'http-header', proves: 'exact', label: 'X-OWA-Version' } as const;
const HEADER = /^\s{0,16}(?:<\s{0,4})?x-owa-version\s{0,8}:\s{0,8}(\S{1,80})/i;

export const httpHeader: Recogniser = {
  ...KIND,
  describes: 'the X-OWA-Version HTTP response header',
  examples: [
    { text: 'X-OWA-Version: 15.2.1544.9', reads: '15.2.1544.9' },
    { text: 'HTTP/1.1 302 Found\r\nServer: Microsoft-IIS/10.0\r\nX-OWA-Version: 15.1.2507.39\r\nX-FEServer: EX01', reads: '15.1.2507.39' },
    { text: '< x-owa-version: 15.2.1258.16', reads: '15.2.1258.16' },
    { text: 'X-OWA-Version: 15.2.1544.…', refused: 'truncated' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    for (const line of text.lines) {
      if (!line.lower.includes('x-owa-version')) continue;
      const match = HEADER.exec(line.text);
      if (!match) continue;
      const value = match[1]!;
      const finding = stateValue(KIND, line, match[0].length - value.length, value, readDottedToken(value));
      if (finding) found.push(finding);
    }
    return found;
  },
};
