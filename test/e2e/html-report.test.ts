import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));
const FLEET = fileURLToPath(new URL('../fixtures/hosts/fleet.csv', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
/** The flags a root, offline machine needs: no sandbox, no GPU, no calls home. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let work: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let messages: string[];

function report(args: string[]): string {
  const run = spawnSync(process.execPath, [BIN, ...args, '--as-of', '2026-11-24', '-f', 'html'], { encoding: 'utf8' });
  expect(run.status, run.stderr).not.toBe(70);
  const file = join(work, `report-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, run.stdout);
  return pathToFileURL(file).href;
}

async function open(url: string): Promise<void> {
  messages = [];
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) messages.push(`request: ${request.url()}`);
  });
  await page.goto(url);
}

const columnTexts = (column: number): Promise<string[]> =>
  page.$$eval(
    '#host-table tbody tr',
    (rows, index) => rows.filter((row) => !(row as HTMLElement).hidden).map((row) => (row as HTMLTableRowElement).cells[index]!.textContent!.trim()),
    column,
  );

describe.skipIf(!HAS_CHROMIUM)(
  `the HTML report in headless Chromium${HAS_CHROMIUM ? '' : ` (skipped: ${CHROMIUM} is missing; install Debian's chromium, as .ci/run does)`}`,
  () => {
    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'rollup-check-html-'));
      // Playwright starts the browser with a fresh, temporary --user-data-dir of its own.
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      context = await browser.newContext();
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      rmSync(work, { recursive: true, force: true });
    });

    it('shows one row per host, with no console error, no blocked script or style and no request', async () => {
      await open(report(['--hosts', FLEET]));
      expect(await page.locator('#host-table tbody tr').count()).toBe(12);
      expect(await page.locator('#shown').textContent()).toBe('12 of 12 shown');
      expect(await page.title()).toBe('Exchange build report: ' + FLEET + ', as of 2026-11-24');
      expect(messages).toEqual([]);
    }, 60_000);

    it('keeps untrusted text as text', async () => {
      await open(report(['--hosts', FLEET]));
      expect(await page.locator('#host-table tbody b').count()).toBe(0);
      expect(await columnTexts(0)).toContain('LAB-<b>01</b>');
    }, 60_000);

    it('links each recommended release and each fix that has a page', async () => {
      await open(report(['--hosts', FLEET]));
      const install = await page.$$eval('#host-table tbody td:nth-child(5) a', (links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(install.length).toBeGreaterThanOrEqual(8);
      expect(install.every((href) => href.startsWith('https://'))).toBe(true);
      expect(await page.locator('#host-table details li a[href^="https://"]').count()).toBeGreaterThan(10);
    }, 60_000);

    it('sorts by a column when its header is clicked, and back', async () => {
      await open(report(['--hosts', FLEET]));
      const missing = page.locator('#host-table thead th', { hasText: 'Missing' }).locator('button');
      await missing.click();
      const ascending = (await columnTexts(5)).map((text) => (text === '' ? -1 : Number(text)));
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      await missing.click();
      const descending = (await columnTexts(5)).map((text) => (text === '' ? -1 : Number(text)));
      expect(descending).toEqual([...ascending].sort((a, b) => b - a));
      expect(await page.locator('#host-table thead th[aria-sort="descending"]').textContent()).toBe('Missing');
      await page.locator('#host-table thead th', { hasText: 'Host' }).locator('button').click();
      const hosts = await columnTexts(0);
      expect(hosts).toEqual([...hosts].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
    }, 60_000);

    it('filters by text and by status', async () => {
      await open(report(['--hosts', FLEET]));
      await page.fill('#filter', 'exse-');
      expect(await columnTexts(0)).toEqual(['EXSE-01', 'EXSE-02', 'EXSE-03']);
      await page.fill('#filter', '');
      await page.selectOption('#status-filter', 'error');
      expect(await columnTexts(0)).toEqual(['EDGE-01']);
      expect(await page.locator('#shown').textContent()).toBe('1 of 12 shown');
    }, 60_000);

    it('is readable without JavaScript: every row, the verdict and the charts are there', async () => {
      const url = report(['--hosts', FLEET]);
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noScript.newPage();
      await plain.goto(url);
      expect(await plain.locator('#controls').isHidden()).toBe(true);
      expect(await plain.locator('#host-table tbody tr').count()).toBe(12);
      expect(await plain.locator('.verdict').textContent()).toMatch(/^12 hosts checked: \d+ failed the gate, 1 could not be read$/);
      expect(await plain.locator('#summary svg').count()).toBe(2);
      await noScript.close();
    }, 60_000);

    it('shows the verdict, the recommended release and the steps to confirm for one build', async () => {
      await open(report(['15.2.1748.10']));
      expect(await page.locator('#host-table tbody tr').count()).toBe(1);
      expect(await page.locator('.verdict').textContent()).toMatch(/^15\.2\.1748\.10: unsupported; fails the gate \(\d+ fixes missing\)$/);
      await page.locator('#host-table details summary').click();
      expect(await page.locator('#host-table details li.exploited').count()).toBeGreaterThan(0);
      expect(await page.locator('#summary').textContent()).toContain('To confirm on the server');
      expect(messages).toEqual([]);
    }, 60_000);
  },
);
