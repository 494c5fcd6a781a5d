/**
 * Launches Debian's Chromium with the built Keel extension loaded, desk host names mapped to the
 * local demo desk. Shared by the end-to-end tests, the benchmarks and `npm run demo`.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { hostPermissions } from '../../lib/hosts/registry';
import { DEMO_HOSTS } from '../demo-desk/data';

export const CHROMIUM_PATH = process.env.KEEL_CHROMIUM ?? '/usr/bin/chromium';
export const DEFAULT_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * Desk domains served by the demo desk: every desk's host permissions in the registry, and the
 * customer domain Jira Data Center is simulated on.
 */
export const DESK_DOMAINS = [...new Set(hostPermissions().map((pattern) => pattern.split('/')[2]!)), DEMO_HOSTS.jiraDc];

export interface LaunchOptions {
  /** HTTPS port of the demo desk; every desk domain resolves to 127.0.0.1:deskPort. */
  deskPort: number;
  extensionDir?: string;
  /** Reuse a profile (to test a browser restart); a fresh temporary one otherwise. */
  userDataDir?: string;
  headless?: boolean;
  /** Extra Chromium arguments (e.g. --remote-debugging-port for `npm run demo`). */
  args?: string[];
  /** Launch the same browser without Keel (a peer for benchmarks). */
  withoutExtension?: boolean;
}

export interface KeelBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker (waits for it to start again after it was stopped). */
  worker(): Promise<Worker>;
  extensionUrl(path: string): string;
  /** Close the browser; removes the profile unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function hostResolverRules(port: number): string {
  const maps = DESK_DOMAINS.map((d) => `MAP ${d} 127.0.0.1:${port}`);
  // Anything else has nowhere to go on this closed network: fail fast instead of timing out.
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}

export async function launchKeel(options: LaunchOptions): Promise<KeelBrowser> {
  const extensionDir = options.extensionDir ?? DEFAULT_EXTENSION_DIR;
  if (!options.withoutExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set KEEL_CHROMIUM.`);
  }
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'keel-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(options.withoutExtension ? ['--disable-extensions'] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
      `--host-resolver-rules=${hostResolverRules(options.deskPort)}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const first = options.withoutExtension ? null : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 })));
  const extensionId = first ? new URL(first.url()).host : '';

  async function worker(): Promise<Worker> {
    const running = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (running) return running;
    // A stopped worker starts again on the next event; opening an extension page wakes it.
    const page = await context.newPage();
    const waiting = context.waitForEvent('serviceworker', { timeout: 30_000 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const w = await waiting;
    await page.close();
    return w;
  }

  return {
    context,
    extensionId,
    userDataDir,
    worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close(closeOptions) {
      await context.close();
      if (ownProfile && !closeOptions?.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Stops the extension's service worker through the DevTools protocol, as Chrome does when it idles. */
export async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('worker did not stop')), 10_000))]);
  await cdp.detach();
}
