// The Setup key's MsiProductMajor, MsiProductMinor, MsiBuildMajor and MsiBuildMinor values. CU level only.
import { readDottedCore } from '../dotted-value.js';
import type { Finding, Recogniser, SourceLine, SourceText } from '../finding.js';
import { SETUP_VALUE_NAMES, readSetupValueLine, type SetupValueName } from '../registry-value-line.js';
import { stateValue } from '../state-value.js';

const KIND = { form: 'registry-setup', proves: 'cu-level', label: 'registry Setup values' } as const;

/** A key path starts a new set of values: `HKEY_LOCAL_MACHINE\...`, `[HKEY_...]`, `PSPath : ...Registry::HKEY_...`. */
const KEY_LINE = /^\s{0,64}(?:\[|PSPath\s{0,64}:\s{0,64}\S{0,64}::)?HKEY_/i;

interface ValueSet {
  readonly values: Map<SetupValueName, number>;
  readonly first: SourceLine;
}

function finish(set: ValueSet | null): Finding | null {
  if (set === null) return null;
  const missing = SETUP_VALUE_NAMES.filter((name) => !set.values.has(name));
  if (missing.length > 0) {
    return {
      kind: 'problem',
      problem: 'incomplete',
      line: set.first.number,
      label: KIND.label,
      text: `${missing.join(', ')} missing or unreadable`,
      prefix: null,
    };
  }
  const parts = SETUP_VALUE_NAMES.map((name) => set.values.get(name)!);
  return stateValue(KIND, set.first, 0, set.first.text, readDottedCore(parts.join('.')));
}

export const registrySetup: Recogniser = {
  ...KIND,
  describes: 'the four Msi* build values of the Exchange Setup registry key: the CU or service pack installed',
  examples: [
    {
      text: '\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\Setup\n    MsiProductMajor    REG_DWORD    0xf\n    MsiProductMinor    REG_DWORD    0x2\n    MsiBuildMajor    REG_DWORD    0x6d4\n    MsiBuildMinor    REG_DWORD    0xa\n',
      reads: '15.2.1748.10',
    },
    { text: 'MsiProductMajor : 15\nMsiProductMinor : 1\nMsiBuildMajor   : 2507\nMsiBuildMinor   : 6', reads: '15.1.2507.6' },
    {
      text: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\Setup]\n"MsiProductMajor"=dword:0000000f\n"MsiProductMinor"=dword:00000002\n"MsiBuildMajor"=dword:000006d4\n"MsiBuildMinor"=dword:0000000a',
      reads: '15.2.1748.10',
    },
    {
      text: 'MsiProductMajor  REG_DWORD  0x0000000f (15)\nMsiProductMinor  REG_DWORD  0x00000002 (2)\nMsiBuildMajor  REG_DWORD  0x000006d4 (1748)\nMsiBuildMinor  REG_DWORD  0x0000000a (10)',
      reads: '15.2.1748.10',
    },
    { text: 'MsiProductMajor : 14\nMsiProductMinor : 3\nMsiBuildMajor : 123\nMsiBuildMinor : 4', reads: '14.3.123.4' },
    { text: 'MsiBuildMajor : 1748\nMsiBuildMinor : 10', refused: 'MsiProductMajor, MsiProductMinor missing' },
    { text: 'MsiProductMajor  REG_DWORD  0x0000000f (16)\nMsiProductMinor : 2\nMsiBuildMajor : 1748\nMsiBuildMinor : 10', refused: 'MsiProductMajor missing' },
    { text: 'MsiProductMajor : 15\nMsiProductMinor : 2\nMsiBuildMajor : 70000\nMsiBuildMinor : 10', refused: 'above 65535' },
  ],
  find(text: SourceText): Finding[] {
    const found: Finding[] = [];
    let set: ValueSet | null = null;
    for (const line of text.lines) {
      const read = line.lower.includes('msi') ? readSetupValueLine(line.text) : null;
      const value = read?.kind === 'value' ? read : null;
      if (KEY_LINE.test(line.text) || (value && set?.values.has(value.name))) {
        const finished = finish(set);
        if (finished) found.push(finished);
        set = null;
      }
      if (!value) continue;
      set ??= { values: new Map(), first: line };
      set.values.set(value.name, value.value);
    }
    const last = finish(set);
    if (last) found.push(last);
    return found;
  },
};
