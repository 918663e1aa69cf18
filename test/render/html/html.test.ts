import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../support/helpers.js';
import { runInProcess } from '../../support/run-in-process.js';

const DEMO = ['--no-default-catalog', '--catalog', fixturePath('catalogs/servicing.yaml'), '--as-of', '2020-09-01', '-f', 'html'];

describe('--format html', () => {
  it('writes one self-contained page for one build: CSP by hash, the verdict, the row, the fixes and the catalog', async () => {
    const { code, stdout } = await runInProcess(['1.0.110.0', ...DEMO]);
    expect(code).toBe(1);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(stdout).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; script-src 'sha256-[A-Za-z0-9+/]+=*'; img-src data:; base-uri 'none'; form-action 'none'">/,
    );
    expect(stdout).toContain('<p class="verdict fail">1.0.110.0: unsupported; fails the gate (5 fixes missing)</p>');
    expect(stdout).toContain(
      '<tr data-status="unsupported" data-order="1"><td>1.0.110.0</td><td class="status status-unsupported">unsupported</td><td>fails</td><td>Demo RTM U1 <small>1.0.110.0</small></td>',
    );
    expect(stdout).toContain('<td class="num" data-sort="5">5</td>');
    expect(stdout).toContain('<li>SEC-5 <span class="sev">important</span> Fixed in the service pack only <small>(Demo SP2)</small></li>');
    expect(stdout).toMatch(
      /<dt>.*servicing\.yaml<\/dt><dd>published 2020-07-01; facts complete up to an undeclared date \(its publication\); <code>sha256:[0-9a-f]{64}<\/code><\/dd>/,
    );
    expect(stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('loads nothing and runs nothing but its own inline script and style', async () => {
    const { stdout } = await runInProcess(['1.0.110.0', ...DEMO]);
    expect(stdout).not.toMatch(/\ssrc=|<link\b|<iframe\b|<object\b|\sstyle=|\son[a-z]+=/i);
    expect(stdout.match(/<script>/g)).toHaveLength(1);
    expect(stdout.match(/<style>/g)).toHaveLength(1);
  });

  it('escapes every host, release and catalog string', async () => {
    const evil = '<img src=x onerror="alert(1)">&\'';
    const { stdout } = await runInProcess(['--hosts', '-', ...DEMO], { stdin: `${evil.replace(/\s/g, '')} 1.0.110.0\n` });
    expect(stdout).not.toContain('<img');
    expect(stdout).toContain('&lt;img');
    expect(stdout).toContain('&amp;&#39;');
  });

  it('lists a host list row by row in input order, with unreadable rows and a summary', async () => {
    const { stdout } = await runInProcess(['--hosts', '-', ...DEMO], { stdin: 'A 1.0.110.0\nB garbage\nC 1.2.100.0\n' });
    expect(
      [...stdout.matchAll(/<tr data-status="([a-z]+)" data-order="(\d+)"><td>([^<]*)<\/td>/g)].map((match) => `${match[2]} ${match[3]} ${match[1]}`),
    ).toEqual(['1 A unsupported', '2 B error', '3 C current']);
    expect(stdout).toContain('<p class="verdict fail">3 hosts checked: 1 failed the gate, 1 could not be read</p>');
    expect(stdout).toContain('<figcaption>Hosts by status</figcaption>');
    expect(stdout).toContain('<figcaption>Fixes missing on the most hosts</figcaption>');
  });
});
