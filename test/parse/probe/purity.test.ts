import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PARSE_PROBE = fileURLToPath(new URL('../../../src/parse/probe/', import.meta.url));
const files = readdirSync(PARSE_PROBE).filter((name) => name.endsWith('.ts'));
const importsOf = (text: string): string[] => [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => (match[1] ?? match[2])!);

describe('the probe parser is pure', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s imports nothing but its own folder and touches no process or console', (name) => {
    const text = readFileSync(join(PARSE_PROBE, name), 'utf8');
    expect(importsOf(text).filter((module) => !module.startsWith('./'))).toEqual([]);
    expect(text).not.toMatch(/\bprocess\.|\bconsole\./);
  });
});
