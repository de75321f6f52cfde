import { chromium, type Browser, type Page } from 'playwright-core';

/** Headless Chromium from the system (`apt-get install chromium`) or `CHROMIUM_PATH`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

// A 1×1 transparent PNG, so map tiles "load" offline and deterministically.
const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Tile URLs end in /{z}/{x}/{y}.png (or without an extension); they get the blank PNG. */
export const TILE_PATTERN = /\/\d+\/\d+\/\d+(\.png)?(\?.*)?$/;

/**
 * Answers tile requests with a blank PNG and refuses anything else that leaves the local server,
 * so a run never depends on (or leaks to) the network. Returns the tile requests seen.
 */
export async function isolateNetwork(page: Page, serverOrigin: string): Promise<{ tileRequests: string[] }> {
  const tileRequests: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(serverOrigin)) return route.continue();
    if (TILE_PATTERN.test(new URL(url).pathname)) {
      tileRequests.push(url);
      return route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_PNG });
    }
    return route.abort('blockedbyclient');
  });
  return { tileRequests };
}

/** A page of the app under test, with what it wrote to the console as errors. */
export interface AppTab {
  page: Page;
  /** Console errors and uncaught exceptions seen so far (a spec ends by expecting none). */
  problems: string[];
}

/**
 * A new English page in `browser`, cut off from the network but for `serverOrigin` (see
 * isolateNetwork), collecting console errors and uncaught exceptions.
 */
export async function openAppTab(
  browser: Browser,
  serverOrigin: string,
  options: { acceptDownloads?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<AppTab> {
  const context = await browser.newContext({
    locale: 'en-US',
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: options.viewport ?? { width: 1440, height: 960 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await isolateNetwork(page, serverOrigin);
  return { page, problems };
}
