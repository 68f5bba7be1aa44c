/**
 * What the browser tests share: the system Chromium driven by playwright-core (no browser
 * download), the built web app served by a test app, and axe-core on every page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { DEMO_PASSWORD, testApp } from './app.js';

const root = path.resolve(import.meta.dirname, '../..');
const chromiumPath = process.env.KINDKADER_CHROMIUM ?? '/usr/bin/chromium';
const screenshotDir = path.join(
  root,
  process.env.KINDKADER_SCREENSHOTS ?? 'test-results/screenshots',
);

export const chromiumAvailable = existsSync(chromiumPath);

/**
 * A developer without Chromium still gets a run (with a message why these tests were skipped);
 * CI sets KINDKADER_BROWSERTESTS=verplicht, so there a missing browser fails instead of passing.
 */
export function describeInBrowser(name: string, tests: () => void) {
  if (!chromiumAvailable && process.env.KINDKADER_BROWSERTESTS === 'verplicht') {
    throw new Error(
      `Browsertests zijn verplicht, maar ${chromiumPath} ontbreekt (apt-get install chromium).`,
    );
  }
  if (!chromiumAvailable) {
    console.warn(
      `Browsertests overgeslagen: geen Chromium op ${chromiumPath} (installeer het Debian-pakket chromium).`,
    );
  }
  describe.skipIf(!chromiumAvailable)(name, tests);
}

export interface PageOptions {
  /** Native controls (date fields, the file button) follow the browser's language, not the page's. */
  locale?: string;
  /** Answers a test provokes on purpose, which the browser logs as console errors. */
  tolerate?: RegExp;
}

/** `defaults` hold for every page of this app, so a file states its locale and tolerance once. */
export async function startBrowserApp(defaults: PageOptions = {}) {
  execFileSync(process.execPath, [path.join(root, 'bin/web-build.mjs')], { stdio: 'inherit' });
  const t = await testApp({ webDir: path.join(root, 'dist/web') });
  let browser: Browser;
  let base: string;
  try {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    // The caller gets nothing to close when this throws.
    await t.close();
    throw error;
  }

  /** A context of its own per page, so that sessions of different users do not mix. */
  async function newPage(options: PageOptions = {}): Promise<{ page: Page; problems: string[] }> {
    const { locale, tolerate } = { ...defaults, ...options };
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`paginafout: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !tolerate?.test(message.text())) {
        problems.push(message.text());
      }
    });
    return { page, problems };
  }

  async function login(page: Page, email: string, password = DEMO_PASSWORD) {
    await page.goto(`${base}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Ingelogd als').waitFor();
  }

  return {
    t,
    base,
    browser,
    newPage,
    login,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

export type BrowserApp = Awaited<ReturnType<typeof startBrowserApp>>;

const axeSource = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe (through the DevTools protocol, so the page keeps its CSP), saves a screenshot as
 * `name` and returns the violations.
 */
export async function axe(page: Page, name: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          d: Document,
          o: object,
        ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  mkdirSync(screenshotDir, { recursive: true });
  // Scrolled down, the (fixed, hidden) skip link would show up in a full-page screenshot.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  return violations;
}

/** The text of the element that has focus: where a screen reader user now is. */
export const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** The rows of a table as lists of cell texts. */
export const tableRows = (page: Page, caption: string) =>
  page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
      ),
    );
