// ExSetup.exe FileVersion/ProductVersion as PowerShell lists them (`Format-List`, FileVersionInfo's text). Exact.
import { readDottedToken } from '../dotted-value.js';
import type { Finding, Recogniser, SourceText } from '../finding.js';
import { stateValue } from '../state-value.js';

const FORM = { form: 'file-version-list', proves: 'exact' } as const;

/** `FileVersion : 15.02.1118.007` (Format-List) or `FileVersion:      15.02.1118.007` (FileVersionInfo). */
const LIST_LINE = /^\s{0,64}(FileVersion|ProductVersion|FileVersionRaw|ProductVersionRaw)\s{0,64}:\s{0,64}(\S{1,80})/i;
const CANONICAL: Readonly<Record<string, string>> = {
  fileversion: 'FileVersion',
  productversion: 'ProductVersion',
  fileversionraw: 'FileVersionRaw',
  productversionraw: 'ProductVersionRaw',
};

export const fileVersionList: Recogniser = {
  ...FORM,
  describes: 'the FileVersion or ProductVersion of ExSetup.exe as a PowerShell list, which includes security updates',
  examples: [
    { text: 'FileVersion : 15.02.1118.007', reads: '15.2.1118.7' },
    { text: 'ProductVersion: 15.01.2507.044', reads: '15.1.2507.44' },
    { text: 'FileVersionRaw    : 15.2.1748.49', reads: '15.2.1748.49' },
    { text: '                  FileVersion:      15.02.1544.014', reads: '15.2.1544.14' },
    { text: 'FileVersion : 15.02.1118.007 (built by: EXCHANGE)', reads: '15.2.1118.7' },
    { text: 'FileVersion : 15.02.1118.007\nProductVersion : 15.02.1118.012', refused: '2 different builds' },
    { text: 'FileVersion : 15.2.1118', refused: 'four parts' },
    { text: 'FileVersion : 15.2.70000.7', refused: 'above 65535' },
    { text: 'FileVersion : 10.0.17763.1', reads: '10.0.17763.1' },
    { text: 'FileVersion : 15.1.225.42', reads: '15.1.225.42' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    for (const line of text.lines) {
      if (!line.lower.includes('version')) continue;
      const match = LIST_LINE.exec(line.text);
      if (!match) continue;
      const [whole, name, value] = match as unknown as [string, string, string];
      const finding = stateValue({ ...FORM, label: CANONICAL[name.toLowerCase()]! }, line, whole.length - value.length, value, readDottedToken(value));
      if (finding) found.push(finding);
    }
    return found;
  },
};
