// Exchange setup logs (ExchangeSetup.log and the scripts setup writes beside it). Exact.
import { readDottedToken } from '../dotted-value.js';
import type { Finding, Recogniser, SourceText } from '../finding.js';
import { findAll, stateValue } from '../state-value.js';

const FORM = { form: 'setup-log', proves: 'exact' } as const;

/**
 * ExchangeSetup.log logs `[0] Setup version: 15.2.1118.7.` (the build this setup installs) and
 * `[0] The locally installed version is 15.2.1118.7.` (the build before it ran); its role scripts set
 * `$RoleTargetVersion = '15.01.2507.006'`. An upgrade log states two builds and is refused as such.
 */
const LINES: readonly { readonly keyword: string; readonly label: string; readonly pattern: RegExp }[] = [
  { keyword: 'setup version', label: 'Setup version', pattern: /\bsetup\s{1,4}version:\s{0,8}([0-9][0-9.]{0,40})/gi },
  { keyword: 'installed version', label: 'locally installed version', pattern: /\blocally\s{1,4}installed\s{1,4}version\s{1,4}is\s{1,8}([0-9][0-9.]{0,40})/gi },
  { keyword: 'roletargetversion', label: '$RoleTargetVersion', pattern: /\$RoleTargetVersion\s{0,8}=\s{0,8}'([0-9][0-9.]{0,40})'/gi },
];

export const setupLog: Recogniser = {
  ...FORM,
  describes: 'the Setup version, the locally installed version and $RoleTargetVersion in Exchange setup logs',
  examples: [
    { text: '[11/27/2024 10:12:33.0139] [0] Setup version: 15.2.1748.10.', reads: '15.2.1748.10' },
    { text: "[06/22/2022 07:20:25.0377] [1] Executing: $RoleTargetVersion = '15.01.2507.006'", reads: '15.1.2507.6' },
    { text: "$RoleTargetVersion = '15.02.1748.010'", reads: '15.2.1748.10' },
    { text: '[11.14.2022 17:13:40.0293] [0] The locally installed version is 15.2.1118.7.', reads: '15.2.1118.7' },
    {
      text: '[0] Operating system version: Microsoft Windows NT 6.0.6002.0.\n[0] Setup version: 14.3.123.4.',
      reads: '14.3.123.4',
    },
    { text: '[0] Setup version: 15.2.1544.4.\n[0] The locally installed version is 15.2.1258.12.', refused: '2 different builds' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    for (const line of text.lines) {
      for (const { keyword, label, pattern } of LINES) {
        if (!line.lower.includes(keyword)) continue;
        findAll(found, line, pattern, (match) => {
          const value = match[1]!;
          const start = match.index + match[0].lastIndexOf(value);
          return stateValue({ ...FORM, label }, line, start, value, readDottedToken(value));
        });
      }
    }
    return found;
  },
};
