// Reads one of the Setup key's four build values from a line, in every form admins paste.

export const SETUP_VALUE_NAMES = ['MsiProductMajor', 'MsiProductMinor', 'MsiBuildMajor', 'MsiBuildMinor'] as const;
export type SetupValueName = (typeof SETUP_VALUE_NAMES)[number];

export type SetupValueLine =
  { readonly kind: 'value'; readonly name: SetupValueName; readonly value: number } | { readonly kind: 'unreadable'; readonly name: SetupValueName };

const NAME = '(msiproductmajor|msiproductminor|msibuildmajor|msibuildminor)';
/** `reg query`: `    MsiBuildMajor    REG_DWORD    0x6d4`. regedit's data column adds the decimal: `0x000006d4 (1748)`. */
const REG_QUERY = new RegExp(`^\\s{0,64}${NAME}\\s{1,64}REG_DWORD\\s{1,64}0x([0-9a-f]{1,8})(?:\\s{1,8}\\((\\d{1,10})\\))?\\s*$`, 'i');
/** A `.reg` export: `"MsiBuildMajor"=dword:000006d4`. */
const REG_FILE = new RegExp(`^\\s{0,64}"${NAME}"\\s{0,8}=\\s{0,8}dword:([0-9a-f]{1,8})\\s*$`, 'i');
/** `Get-ItemProperty` as a list: `MsiBuildMajor   : 1748`. */
const POWERSHELL = new RegExp(`^\\s{0,64}${NAME}\\s{0,64}:\\s{0,64}(\\d{1,10})\\s*$`, 'i');
const MENTION = new RegExp(`^\\s{0,64}"?${NAME}\\b`, 'i');

const canonicaliseName = (name: string): SetupValueName => SETUP_VALUE_NAMES.find((known) => known.toLowerCase() === name.toLowerCase())!;

/** The value a line states, `unreadable` for a line that names one but states it in no known form, else null. */
export function readSetupValueLine(line: string): SetupValueLine | null {
  const mention = MENTION.exec(line);
  if (!mention) return null;
  const name = canonicaliseName(mention[1]!);
  const query = REG_QUERY.exec(line);
  if (query) {
    const value = Number.parseInt(query[2]!, 16);
    if (query[3] !== undefined && Number(query[3]) !== value) return { kind: 'unreadable', name };
    return { kind: 'value', name, value };
  }
  const file = REG_FILE.exec(line);
  if (file) return { kind: 'value', name, value: Number.parseInt(file[2]!, 16) };
  const listed = POWERSHELL.exec(line);
  if (listed) return { kind: 'value', name, value: Number(listed[2]) };
  return { kind: 'unreadable', name };
}
