import { formatBuild, tryParseDottedBuild } from './build/build.js';

export const EXCHANGE_SETUP_KEYS = [
  'HKLM\\SOFTWARE\\Microsoft\\ExchangeServer\\v15\\Setup',
  'HKLM\\SOFTWARE\\Microsoft\\ExchangeServer\\v14\\Setup',
  'HKLM\\SOFTWARE\\Microsoft\\Exchange\\Setup',
] as const;

export function parseRegQuery(output: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s+(.+?)\s+(REG_[A-Z_]+)\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const [, name, type, raw] = match as unknown as [string, string, string, string];
    values.set(name.toLowerCase(), type === 'REG_DWORD' ? String(Number.parseInt(raw, 16)) : raw);
  }
  return values;
}

export function buildFromSetupValues(values: ReadonlyMap<string, string>): string | null {
  const parts = ['msiproductmajor', 'msiproductminor', 'msibuildmajor', 'msibuildminor'].map((name) => values.get(name));
  if (parts.some((part) => part === undefined || !/^\d+$/.test(part))) return null;
  const build = tryParseDottedBuild(parts.join('.'));
  return build ? formatBuild(build) : null;
}

export function installPathFrom(values: ReadonlyMap<string, string>): string | null {
  const path = values.get('msiinstallpath');
  return path && path.trim() !== '' ? path.trim() : null;
}
