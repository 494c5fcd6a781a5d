/**
 * `npm run demo [-- --port 8443 --no-browser --headed]`: serves the demo desks for Zendesk, Jira
 * (Cloud, Service Management and Data Center) and Salesforce on one local HTTPS port, prints every
 * demo URL and the control endpoints, and opens Chromium with Keel loaded on the angry Zendesk
 * ticket. Headless (no display, or without --headed), it prints how to attach instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DESK_REGISTRY, type Desk } from '../../lib/hosts/registry';
import { chromeGetMessage, loadMessages } from '../setup/chrome-i18n';
import { DEFAULT_EXTENSION_DIR, DESK_DOMAINS, launchKeel, type KeelBrowser } from '../harness/browser';
import { CONTROL_ENDPOINTS } from './control';
import { DEMO_HOSTS, jiraHostFor } from './data';
import { startDemoDesk, type DemoDeskServer } from './server';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const DEFAULT_PORT = 8443;
const DEBUG_PORT = 9222;

const USAGE = `Usage: npm run demo [-- options]

  --port N        HTTPS port of the demo desk (default ${DEFAULT_PORT}, or $KEEL_DEMO_PORT)
  --no-browser    serve the demo desk only; print how to point a browser at it
  --headed        show the Chromium window (needs a display); headless otherwise
  --help          this text`;

function parseCli(argv: string[]): { port: number; browser: boolean; headed: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'no-browser': { type: 'boolean', default: false },
      headed: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const rawPort = values.port ?? process.env.KEEL_DEMO_PORT ?? String(DEFAULT_PORT);
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number, got "${rawPort}"`);
  return { port, browser: !values['no-browser'], headed: values.headed };
}

/** Builds the extension when there is no build yet. Returns false when the build failed. */
function ensureBuilt(): boolean {
  if (existsSync(join(DEFAULT_EXTENSION_DIR, 'manifest.json'))) return true;
  console.log('No built extension in .output/chrome-mv3: building it (npx wxt build)…\n');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  const ok = result.status === 0 && existsSync(join(DEFAULT_EXTENSION_DIR, 'manifest.json'));
  if (!ok) console.error('\nThe extension build failed; the demo desk will still be served.\n');
  return ok;
}

function printUrls(desk: DemoDeskServer): void {
  const line = (scenario: string, id: string, url: string, subject: string): string =>
    `  ${scenario.padEnd(9)} ${id.padEnd(27)} ${url}\n  ${''.padEnd(9)} ${''.padEnd(27)} “${subject}”`;
  const out: string[] = [`Keel demo desk: one HTTPS server on 127.0.0.1:${desk.port}; the desk hosts below are mapped to it.`, ''];

  // The desks' names as the extension shows them in English (their registry entries name the messages).
  const english = loadMessages('en');
  const named = (desk: Desk) => ({ name: chromeGetMessage(english, DESK_REGISTRY[desk].messages.name) });
  const [zendesk, jiraDesk, salesforce] = [named('zendesk'), named('jira'), named('salesforce')];
  out.push(`${zendesk.name} (${DEMO_HOSTS.zendesk})`);
  for (const t of desk.state.desks.zendesk.tickets) out.push(line(t.scenario, `#${t.id}`, desk.urls.zendesk(t.id), t.subject));

  const jira = desk.state.desks.jira.tickets;
  out.push('', `${jiraDesk.name} Cloud and Service Management (${DEMO_HOSTS.jira})`);
  for (const t of jira.filter((t) => jiraHostFor(t.id) === DEMO_HOSTS.jira)) out.push(line(t.scenario, t.id, desk.urls.jira(t.id), t.subject));
  const angry = desk.tickets('jira').angry;
  out.push(`  queue view of ${angry}: ${desk.urls.jiraQueue(angry)}`);
  out.push('', `${jiraDesk.name} Data Center, self-hosted (${DEMO_HOSTS.jiraDc}; add this domain in Keel's options)`);
  for (const t of jira.filter((t) => jiraHostFor(t.id) === DEMO_HOSTS.jiraDc)) out.push(line(t.scenario, t.id, desk.urls.jiraDc(t.id), t.subject));

  out.push('', `${salesforce.name} Service Cloud (${DEMO_HOSTS.salesforce}; API and session on ${DEMO_HOSTS.salesforceMy})`);
  for (const t of desk.state.desks.salesforce.tickets) out.push(line(t.scenario, `${t.number} ${t.id}`, desk.urls.salesforce(t.id), t.subject));
  out.push(`  sign in (My Domain, sets the session): ${desk.urls.salesforceLogin(desk.tickets('salesforce').angry)}`);

  out.push('', `Control endpoints, on every demo host (e.g. https://${DEMO_HOSTS.zendesk}/__keel-demo/tickets):`);
  for (const e of CONTROL_ENDPOINTS) out.push(`  ${e}`);
  const connect = `--connect-to ::127.0.0.1:${desk.port}`;
  out.push(
    '',
    'From a shell (curl maps the host name to the demo desk; -k because the certificate is self-signed):',
    `  curl -k ${connect} https://${DEMO_HOSTS.zendesk}/__keel-demo/tickets`,
    `  curl -k ${connect} -X POST -H 'content-type: application/json' \\`,
    `       -d '{"desk":"zendesk","mode":429,"count":3,"retryAfter":20}' https://${DEMO_HOSTS.zendesk}/__keel-demo/fail`,
    `  curl -k ${connect} -X POST -H 'content-type: application/json' \\`,
    `       -d '{"desk":"zendesk","ticketId":"${desk.tickets('zendesk').angry}","text":"Any update? Still down."}' https://${DEMO_HOSTS.zendesk}/__keel-demo/message`,
  );
  console.log(out.join('\n'));
}

function printOwnBrowserFlags(port: number, startUrl: string): void {
  const rules = DESK_DOMAINS.map((d) => `MAP ${d} 127.0.0.1:${port}`).join(', ');
  console.log(
    [
      '',
      'To use your own Chromium with the demo desk (a separate profile; branded Chrome ignores --load-extension):',
      `  chromium --user-data-dir=/tmp/keel-demo-profile \\`,
      `    --load-extension=${DEFAULT_EXTENSION_DIR} \\`,
      `    --host-resolver-rules="${rules}" \\`,
      `    --ignore-certificate-errors ${startUrl}`,
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  const built = ensureBuilt();

  let desk: DemoDeskServer;
  try {
    desk = await startDemoDesk({ port: options.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${options.port} is already in use; pass --port N (or --port 0 for any free port)`, { cause: error });
    throw error;
  }
  printUrls(desk);
  const startUrl = desk.urls.zendesk(desk.tickets('zendesk').angry);
  printOwnBrowserFlags(desk.port, startUrl);

  let browser: KeelBrowser | null = null;
  let closing = false;
  async function shutdown(reason: string): Promise<void> {
    if (closing) return;
    closing = true;
    console.log(`\n${reason}: closing the demo desk…`);
    const timeout = new Promise<void>((done) => setTimeout(done, 5_000).unref());
    await Promise.race([Promise.allSettled([browser?.close(), desk.close()]), timeout]);
    process.exit(0);
  }
  process.on('SIGINT', () => void shutdown('Ctrl-C'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (!options.browser || !built) {
    console.log('\nServing without a browser. Ctrl-C to stop.');
    return;
  }
  const headed = options.headed && Boolean(process.env.DISPLAY);
  if (options.headed && !headed) console.log('\n--headed needs a display (DISPLAY is not set): starting Chromium headless.');
  try {
    browser = await launchKeel({ deskPort: desk.port, headless: !headed, args: headed ? [] : [`--remote-debugging-port=${DEBUG_PORT}`] });
  } catch (error) {
    console.error(`\nCould not start Chromium: ${error instanceof Error ? error.message : String(error)}`);
    console.log('Serving without a browser. Ctrl-C to stop.');
    return;
  }
  browser.context.on('close', () => void shutdown('The browser was closed'));
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(startUrl).catch((error: unknown) => console.error(`Could not open ${startUrl}: ${String(error)}`));

  console.log(`\nChromium is running with Keel (${browser.extensionId}) on ${startUrl}`);
  if (!headed) {
    // No toolbar to click headless: the popup and the side panel are Keel's own pages, opened in
    // windows of their own (a panel in the ticket's window would follow itself, not the ticket).
    const opened = await openKeelPages(browser, startUrl).catch((error: unknown) => {
      console.error(`Could not open the popup and side panel: ${String(error)}`);
      return null;
    });
    await page.bringToFront().catch(() => undefined);
    if (opened) {
      console.log(`The popup: ${opened.popup}`);
      console.log(`The side panel (the workspace of the active tab of window ${opened.windowId}, the ticket's): ${opened.panel}`);
    }
    console.log(
      [
        'It is headless. To see and drive it:',
        `  - in a local Chrome/Chromium, open chrome://inspect, "Configure…", add 127.0.0.1:${DEBUG_PORT}, then "inspect" the page;`,
        `  - or list the targets at http://127.0.0.1:${DEBUG_PORT}/json and open a target's devtoolsFrontendUrl;`,
        `  - from another machine: ssh -L ${DEBUG_PORT}:127.0.0.1:${DEBUG_PORT} <this host>, then the same.`,
      ].join('\n'),
    );
  }
  console.log('Ctrl-C to stop.');
}

/** Opens the popup and the side panel (following the window of the tab at `ticketUrl`) in windows of their own. */
async function openKeelPages(keel: KeelBrowser, ticketUrl: string): Promise<{ popup: string; panel: string; windowId: number }> {
  const worker = await keel.worker();
  const windowId = await worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url) ?? (await chrome.tabs.query({ active: true }))[0];
    if (tab?.windowId === undefined) throw new Error('no window shows the demo ticket');
    return tab.windowId;
  }, ticketUrl);
  const popup = keel.extensionUrl('popup.html');
  const panel = keel.extensionUrl(`sidepanel.html?window=${windowId}`);
  await worker.evaluate(async (urls) => {
    for (const url of urls) await chrome.windows.create({ url, focused: false });
  }, [popup, panel]);
  return { popup, panel, windowId };
}

main().catch((error: unknown) => {
  console.error(`npm run demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
