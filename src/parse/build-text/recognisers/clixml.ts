// PowerShell CLIXML (Export-Clixml) of ExSetup.exe's FileVersionInfo: `<S N="FileVersion">15.02.1544.004</S>`. Exact.
import { readDottedToken } from '../dotted-value.js';
import type { Finding, Recogniser, SourceText } from '../finding.js';
import { findAll, stateValue } from '../state-value.js';

const FORM = { form: 'clixml', proves: 'exact' } as const;

/** Strings are `<S N="...">`; FileVersionRaw is a System.Version, serialised as `<Version N="...">`. */
const PROPERTY = /<(S|Version)\s{1,8}N="(FileVersion|ProductVersion|FileVersionRaw|ProductVersionRaw)">([^<]{0,80})<\/\1>/g;

export const clixml: Recogniser = {
  ...FORM,
  describes: 'FileVersion or ProductVersion properties in PowerShell CLIXML (Export-Clixml)',
  examples: [
    { text: '<S N="FileVersion">15.02.1544.004</S>', reads: '15.2.1544.4' },
    { text: '      <Version N="FileVersionRaw">15.2.1544.14</Version>', reads: '15.2.1544.14' },
    { text: '<Props><S N="ProductVersion">15.01.2507.044</S><S N="FileVersion">15.01.2507.044</S></Props>', reads: '15.1.2507.44' },
    { text: '<S N="FileVersion">15.02.1544.004</S>\n<S N="FileVersion">15.02.1258.012</S>', refused: '2 different builds' },
    { text: '<S N="FileVersion">15.02.1544</S>', refused: 'four parts' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    for (const line of text.lines) {
      if (!line.lower.includes('n="')) continue;
      findAll(found, line, PROPERTY, (match) => {
        const value = match[3]!.trim();
        const start = match.index + match[0].indexOf('>') + 1;
        return stateValue({ ...FORM, label: match[2]! }, line, start, value, readDottedToken(value));
      });
    }
    return found;
  },
};
