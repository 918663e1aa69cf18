import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

// Makes docs/html-report.png: the HTML report of the example fleet (test/fixtures/hosts/fleet.csv) as
// of a fixed date, in headless Chromium (Debian's chromium at /usr/bin/chromium; another with CHROMIUM=path).
const root = fileURLToPath(new URL('../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rollup-check-screenshot-'));
try {
  const run = spawnSync(
    process.execPath,
    [join(root, 'bin/rollup-check.cjs'), '--hosts', 'test/fixtures/hosts/fleet.csv', '--as-of', '2026-11-24', '-f', 'html'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (run.status !== 1 && run.status !== 2) throw new Error(`rollup-check exited ${run.status}: ${run.stderr}`);
  const file = join(work, 'report.html');
  writeFileSync(file, run.stdout);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(file).href);
    await page.locator('#host-table tbody tr').first().locator('details summary').click();
    await page.screenshot({ path: join(root, 'docs/html-report.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log('wrote docs/html-report.png');
} finally {
  rmSync(work, { recursive: true, force: true });
}
