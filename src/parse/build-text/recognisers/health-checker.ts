// HealthChecker.ps1 (CSS-Exchange) reports: `Build Number: 15.02.1544.014`, the ExSetup.exe FileVersion. Exact.
import { readDottedToken } from '../dotted-value.js';
import type { Finding, Recogniser, SourceText } from '../finding.js';
import { stateValue } from '../state-value.js';

const FORM = { form: 'health-checker', proves: 'exact' } as const;

/**
 * The console prints `Build Number: <FileVersion>` under "Exchange Information"; the HTML report's overview
 * names it `Exchange Build Number`, and a copied HTML row separates name and value with a tab.
 */
const BUILD_NUMBER = /^\s{0,64}(exchange\s{1,4})?build\s{1,4}number\s{0,4}(?::|\t)\s{0,64}(\S{1,80})/i;

export const healthChecker: Recogniser = {
  ...FORM,
  describes: 'the Build Number line of a HealthChecker report (the ExSetup.exe FileVersion)',
  examples: [
    {
      text: 'Exchange Information\n---------------------\n        Name: EX01\n        Version: Exchange 2019 CU14 Nov24SUv2\n        Build Number: 15.02.1544.014',
      reads: '15.2.1544.14',
    },
    { text: 'Exchange Build Number: 15.01.2507.044', reads: '15.1.2507.44' },
    { text: 'Exchange Build Number\t15.2.1748.24', reads: '15.2.1748.24' },
    { text: '        Build Number: 15.2.221.12', reads: '15.2.221.12' },
    { text: '        Build Number: 15.02.1544', refused: 'four parts' },
    {
      text: 'Build Number: 15.02.1544.014\n  Running commands from a different version box can cause issues. Local Tools Server Version: 15.2.1258.12',
      reads: '15.2.1544.14',
    },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    for (const line of text.lines) {
      if (!line.lower.includes('number')) continue;
      const match = BUILD_NUMBER.exec(line.text);
      if (!match) continue;
      const [whole, exchange, value] = match as unknown as [string, string | undefined, string];
      const label = exchange ? 'Exchange Build Number' : 'Build Number';
      const finding = stateValue({ ...FORM, label }, line, whole.length - value.length, value, readDottedToken(value));
      if (finding) found.push(finding);
    }
    return found;
  },
};
