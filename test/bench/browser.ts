/** Benchmarks that need the real browser: popup render, storage query, navigation → strip. */
import { resolve } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { launchKeel, stopServiceWorker } from '../harness/browser';
import { startDemoDesk } from '../demo-desk/server';
import { benchEscalation, benchPlanItem, benchStakeholder, benchTimelineEvent } from './fixtures';
import type { BudgetLine } from './run';
import { FIRST_ROWS } from '../../lib/ui/first-rows';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * `count` active escalations in the real store, as the bench asks: each with its plan
 * (one done item and `openPlanItems` open ones, agreeing with the row's summary), two
 * stakeholders and a timeline of `eventsEach` events. The popup must not pay for any of them.
 * Written straight into the worker's store, in chunks (one evaluate per chunk, so no message to
 * the worker is huge), with the derived active list.
 */
export async function seedEscalations(worker: Worker, count: number, eventsEach = 40): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => benchEscalation(i));
  const events = Array.from({ length: count * eventsEach }, (_, k) => ({ store: 'timeline', value: benchTimelineEvent(k, count) as object }));
  const plans = rows.flatMap((e, i) => [
    ...Array.from({ length: (e.openPlanItems ?? 0) + 1 }, (_, k) => ({ store: 'plan', value: benchPlanItem(i, k) as object })),
    ...Array.from({ length: 2 }, (_, k) => ({ store: 'stakeholder', value: benchStakeholder(i, k) as object })),
  ]);
  const chunk = 20_000;
  for (const records of [events, plans]) for (let from = 0; from < records.length; from += chunk) await putAll(worker, records.slice(from, from + chunk));
  await putAll(worker, [...rows.map((value) => ({ store: 'escalations', value: value as object })), { store: 'lists', value: rows, key: 'active' }]);
}

/** Puts records into the worker's database in one transaction (`key` for a store without a key path). */
async function putAll(worker: Worker, records: { store: string; value: object; key?: string }[]): Promise<void> {
  await worker.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolveDb, reject) => {
      const req = indexedDB.open('keel');
      req.onsuccess = () => resolveDb(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((done, reject) => {
      const tx = db.transaction([...new Set(list.map((r) => r.store))], 'readwrite');
      for (const r of list) {
        if (r.key === undefined) tx.objectStore(r.store).put(r.value);
        else tx.objectStore(r.store).put(r.value, r.key);
      }
      tx.oncomplete = () => done();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/**
 * Opens `url` as a fresh document, as the browser opens a popup or a side panel: from a blank page.
 * Navigating straight from the previous open would count that document's unload (tearing down its
 * rows) in the new open's time, which starts at navigation start.
 */
async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/** One CDP session per page, kept across its navigations. */
const sessions = new WeakMap<Page, Promise<CDPSession>>();
function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

/** What `waitForMarks` reads on the page: each mark's time, and the page's DOMContentLoaded. */
type Timings = Record<string, number | undefined> & { loaded: number };

/**
 * Waits until the page has made every mark in `marks`, then reads those and `also` (marks that may
 * be missing), each from navigation start, with the page's DOMContentLoaded.
 *
 * It asks the page itself (a promise a PerformanceObserver settles, sent over CDP), not
 * Playwright's waitForSelector or waitForFunction: those first evaluate Playwright's injected
 * script in the page, on its main thread, and when the page is still rendering after its load
 * event (the popup and the side panel wait for the worker's answer) that script ran in the middle
 * of the render being measured. Traced on the popup's cold open: a 60 ms script evaluation (not
 * Keel's: its module had run) between DOMContentLoaded and the answer being handled. Paired runs
 * of the side panel: 25–33 ms lower medians this way, the difference being Playwright's, not
 * Keel's.
 */
async function waitForMarks(page: Page, marks: string[], also: string[] = [], timeoutMs = 30_000): Promise<Timings> {
  const expression = `new Promise((resolve) => {
    const read = () => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      if (${JSON.stringify(marks)}.some((name) => at(name) === undefined)) return false;
      const out = { loaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart };
      for (const name of ${JSON.stringify([...marks, ...also])}) out[name] = at(name);
      resolve(out);
      return true;
    };
    if (!read()) new PerformanceObserver((_list, observer) => read() && observer.disconnect()).observe({ type: 'mark' });
  })`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${marks.join(' and ')} within ${timeoutMs} ms`)), timeoutMs)));
  try {
    const cdp = await sessionOf(page);
    const answer = await Promise.race([cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }), timedOut]);
    if (answer.exceptionDetails) throw new Error(`waiting for ${marks.join(', ')}: ${answer.exceptionDetails.text}`);
    return answer.result.value as Timings;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Each open's first render from navigation start; `loaded` gets each open's DOMContentLoaded (the
 * page-load part), `answered` the moment the worker's answer to popup-prefetch.js arrived.
 */
async function popupFirstRender(page: Page, url: string, runs: number, expectRows: boolean, loaded: number[] = [], answered: number[] = []): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await openFresh(page, url);
    const at = await waitForMarks(page, ['keel:popup-rendered'], ['keel:first-page-answered']);
    // Measured; now check that what rendered is what this run expects.
    if (!(await page.$(expectRows ? '.esc-row:not(.esc-loading)' : '.empty'))) throw new Error(`the popup rendered without ${expectRows ? 'its rows' : 'its empty state'}`);
    times.push(at['keel:popup-rendered']!);
    loaded.push(at.loaded);
    answered.push(at['keel:first-page-answered'] ?? NaN);
  }
  return times;
}

/** Navigation start → the blank bench page's module has run: the browser's floor for any extension page. */
async function blankPage(page: Page, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await openFresh(page, url);
    times.push((await waitForMarks(page, ['keel:blank-ready']))['keel:blank-ready']!);
  }
  return times;
}

type Desk = Awaited<ReturnType<typeof startDemoDesk>>;
type Keel = Awaited<ReturnType<typeof launchKeel>>;

/** Sends one protocol message from an extension page; throws when the worker refuses it. */
async function ask(page: Page, name: string, payload: unknown): Promise<void> {
  const answer = (await page.evaluate(([n, p]) => chrome.runtime.sendMessage({ tag: 'keel/1', name: n, payload: JSON.stringify(p) }), [name, payload] as const)) as { ok: boolean; error?: { message: string } };
  if (!answer.ok) throw new Error(`${name}: ${answer.error?.message}`);
}

/**
 * The side panel's first render of an escalation with 50 plan items and 200 stored timeline
 * events (1 escalation, 50 plan items added, 149 notes), besides the desk thread's messages
 * merged in: from the panel's navigation start to the later of the plan and timeline sections
 * showing their data (their `keel:plan-rendered` / `keel:timeline-rendered` marks: the panel's
 * first frame, every section in it, the two long lists with their first rows; lib/ui/first-rows.ts),
 * and, reported beside it, to every row of both being in the page (`keel:plan-complete` /
 * `keel:timeline-complete`, the render React does straight after that frame). Peer, same
 * run and interleaved with it open for open (so that the machine's drift weighs on both alike):
 * the same long thread on Jira, escalated, with nothing added.
 */
export async function sidePanelFirstRender(keel: Keel, desk: Desk): Promise<BudgetLine[]> {
  const sender = await keel.context.newPage();
  await sender.goto(keel.extensionUrl('bench.html'));
  // Each desk page is the active tab of a window of its own, as when the user opens the panel on it.
  const deskWindow = async (name: 'zendesk' | 'jira') => {
    const id = desk.tickets(name).long;
    const url = desk.urls[name](id);
    const opened = keel.context.waitForEvent('page');
    const windowId = await (await keel.worker()).evaluate(async (u) => (await chrome.windows.create({ url: u, focused: true }))!.id!, url);
    const page = await opened;
    await page.waitForSelector('iframe[title^="Keel"]', { state: 'attached', timeout: 30_000 });
    const ref = { desk: name, host: new URL(url).host, ticketId: id };
    await ask(sender, 'escalateTicket', { ref, title: `Bench: a long escalation (${name})` });
    return { page, windowId, ref };
  };
  const busy = await deskWindow('zendesk');
  const peer = await deskWindow('jira');
  const busyTab = await (await keel.worker()).evaluate(async (windowId) => (await chrome.tabs.query({ active: true, windowId }))[0]!.id!, busy.windowId);
  const start = Date.parse('2026-05-01T09:00:00.000Z');
  for (let i = 0; i < 50; i++) {
    const dueAt = new Date(start + i * 3_600_000).toISOString(); // some overdue, some to come
    await ask(sender, 'addPlanItem', { ref: busy.ref, kind: 'item', fields: { title: `Bench action ${i + 1}`, ownerPerson: `Owner ${i % 7}`, ownerTeam: 'Platform', dueAt } });
  }
  for (let i = 0; i < 149; i++) await ask(sender, 'addTimelineNote', { ref: busy.ref, text: `Bench note ${i + 1}: called the customer, next step agreed.` });

  // The panel gets a window of its own, as Chrome's side panel is never a tab of the window it
  // follows: the desk page stays that window's active tab while the panel loads, so the panel's
  // first question (which ticket?) is answered as it would be in the real side panel. (Opened as a
  // tab beside the ticket, the panel itself was the active tab until the bench brought the ticket
  // to the front after the load event: that round trip was counted as Keel's.)
  const opened = keel.context.waitForEvent('page');
  await (await keel.worker()).evaluate(async () => {
    await chrome.windows.create({ url: 'about:blank', focused: true });
  });
  const panel = await opened;
  await panel.bringToFront(); // the panel is what the user looks at
  /**
   * Navigation start → plan and timeline shown; the panel's ticket known → the same; navigation
   * start → DOMContentLoaded; navigation start → the worker's answer (ticket and reads) arrived;
   * navigation start → every row of both in the page.
   */
  const render = async (windowId: number): Promise<[number, number, number, number, number]> => {
    await openFresh(panel, keel.extensionUrl(`sidepanel.html?window=${windowId}`));
    const at = await waitForMarks(panel, ['keel:plan-rendered', 'keel:timeline-rendered', 'keel:timeline-complete'], ['keel:panel-ticket', 'keel:panel-answer', 'keel:plan-complete']);
    const shown = Math.max(at['keel:plan-rendered']!, at['keel:timeline-rendered']!);
    const known = at['keel:panel-ticket'] ?? NaN;
    // The peer has no plan items: its plan has no rows to complete.
    const complete = Math.max(at['keel:plan-complete'] ?? 0, at['keel:timeline-complete']!);
    return [shown, shown - known, at.loaded, at['keel:panel-answer'] ?? NaN, complete];
  };
  // The worker woke for the desk pages (the popup's bench stopped it), sweeps its reminders two
  // seconds after starting, over 5,000 escalations, and has just answered two hundred writes (the
  // strips re-reading their views after those they show): let that pass before measuring.
  await new Promise((settled) => setTimeout(settled, 4_000));
  const busyRuns: [number, number, number, number, number][] = [];
  const peerRuns: [number, number, number, number, number][] = [];
  const coldRuns: [number, number, number, number, number][] = [];
  const stripRuns: [number, number, number, number, number][] = [];
  // The worker keeps a case's reads for 15 s after a surface asked for them
  // (lib/worker/read-cache.ts), so each open above but the first is answered from memory, as when
  // the user reopens the panel or comes back to the ticket. A third open each round has them
  // forgotten first (any change to storage.local forgets them; the worker ignores this key), as on
  // the first open of a ticket or the first after a change.
  const forgetKept = async (round: number) => {
    await (await keel.worker()).evaluate((n) => chrome.storage.local.set({ keelBenchForget: n }), round);
    await new Promise((settled) => setTimeout(settled, 100)); // the worker hears of it before the open
  };
  for (let i = 0; i < 11; i++) {
    // Alternating which goes first, so neither always follows the other.
    const order = i % 2 ? [busy, peer] : [peer, busy];
    for (const target of order) {
      const times = await render(target.windowId);
      if (i >= 2) (target === busy ? busyRuns : peerRuns).push(times); // two warm-up rounds
    }
    await forgetKept(i);
    const cold = await render(busy.windowId);
    if (i >= 2) coldRuns.push(cold);
    // Nothing kept, opened as the strip's button opens it: the worker is asked to open the panel
    // (here without the click the browser wants, so only its reads start) and the panel loads.
    await forgetKept(i);
    await ask(sender, 'openWorkspace', { tabId: busyTab });
    const fromStrip = await render(busy.windowId);
    if (i >= 2) stripRuns.push(fromStrip);
  }
  // Chrome stops an idle worker after 30 s: most opens of the panel after reading a ticket for a
  // while meet a worker that must start again, with every read (and the engines' first runs) cold.
  const asleepRuns: [number, number, number, number, number][] = [];
  for (let i = 0; i < 7; i++) {
    await stopServiceWorker(keel.context, sender, keel.extensionId);
    asleepRuns.push(await render(busy.windowId));
  }
  await sender.close();
  const shownBusy = busyRuns.map((r) => r[0]);
  const shownPeer = peerRuns.map((r) => r[0]);
  await openFresh(panel, keel.extensionUrl(`sidepanel.html?window=${busy.windowId}`));
  await waitForMarks(panel, ['keel:plan-complete', 'keel:timeline-complete']);
  const items = await panel.$$eval('.plan-item', (els) => els.length);
  const events = await panel.$$eval('.timeline li', (els) => els.length);
  await Promise.all([panel.close(), busy.page.close(), peer.page.close()]);
  const spread = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;
  return [
    { name: 'side panel first render, 200 events + 50 plan items (median of 9)', value: median(shownBusy), unit: 'ms', budget: { max: 150 }, note: `from navigation start to the panel's first frame: every section with its data, the plan and timeline with their first ${FIRST_ROWS} rows; runs ${spread(shownBusy)}` },
    { name: '  every row in the page: 50 plan items and the newest 100 timeline events (median)', value: median(busyRuns.map((r) => r[4])), unit: 'ms', note: `${items} plan items and ${events} timeline rows in the DOM at the end; the render React does straight after the first frame; ${median(peerRuns.map((r) => r[4])).toFixed(0)} ms for the peer` },
    { name: '  the same long thread on Jira, escalated, nothing added (peer, interleaved)', value: median(shownPeer), unit: 'ms', note: `the page-load floor of the panel on this machine; runs ${spread(shownPeer)}` },
    { name: '  the same open with nothing kept in the worker (median)', value: median(coldRuns.map((r) => r[0])), unit: 'ms', note: `its reads made afresh, as on a ticket's first open or the first after a change; the worker's answer at ${median(coldRuns.map((r) => r[3])).toFixed(0)} ms, DOMContentLoaded at ${median(coldRuns.map((r) => r[2])).toFixed(0)} ms; runs ${spread(coldRuns.map((r) => r[0]))}` },
    { name: '  the same, opened from the strip’s button with nothing kept (median)', value: median(stripRuns.map((r) => r[0])), unit: 'ms', note: `the worker starts the panel’s reads as it opens the panel; the worker’s answer at ${median(stripRuns.map((r) => r[3])).toFixed(0)} ms; runs ${spread(stripRuns.map((r) => r[0]))}` },
    { name: '  the same open, the worker stopped before it (median of 7)', value: median(asleepRuns.map((r) => r[0])), unit: 'ms', note: `as after 30 s idle: the worker starts, reads and runs its engines cold; the worker’s answer at ${median(asleepRuns.map((r) => r[3])).toFixed(0)} ms; runs ${spread(asleepRuns.map((r) => r[0]))}` },
    { name: '  what the plan and 200 events add (median of paired differences)', value: median(shownBusy.map((t, i) => t - shownPeer[i]!)), unit: 'ms', note: 'each open less the peer’s open beside it' },
    { name: '  of which the page load: navigation start → DOMContentLoaded (median)', value: median(busyRuns.map((r) => r[2])), unit: 'ms', note: 'the browser loading and evaluating the panel’s code, before Keel asks for anything' },
    { name: '  the worker’s answer: navigation start → ticket and every read arrived (median)', value: median(busyRuns.map((r) => r[3])), unit: 'ms', note: `the one getTabCase sidepanel-prefetch.js sends while the modules load, answered from what the worker kept of the last open; ${median(peerRuns.map((r) => r[3])).toFixed(0)} ms for the peer` },
    { name: '  after both: ticket known → plan and timeline shown (median)', value: median(busyRuns.map((r) => r[1])), unit: 'ms', note: `the sections of the first frame rendered and committed by React (the marks are set as it commits, before the browser lays that frame out); ${median(peerRuns.map((r) => r[1])).toFixed(0)} ms for the peer` },
  ];
}

/**
 * In-app navigation (history.pushState, as the desk's own links do) to the moment the strip
 * shows the new ticket's band. Cold: the ticket was never read (API read, parse, score, store).
 * Warm: revisiting a ticket read before (shown from the store, then re-read).
 */
async function navigationToStrip(keel: Keel, desk: Desk): Promise<BudgetLine[]> {
  const ids = Object.values(desk.tickets('zendesk'));
  const page = await keel.context.newPage();
  await page.goto(desk.urls.zendesk(ids[0]!));
  const frameEl = await page.waitForSelector('iframe[title^="Keel"]', { state: 'attached' });
  const frame = (await frameEl.contentFrame())!;
  await frame.waitForSelector(`.strip[data-ticket="${ids[0]}"][data-read="read"]`, { timeout: 30_000 });
  const measure = async (id: string): Promise<number> => {
    // A string, not a function: tsx's name-keeping helper does not exist inside the page.
    await frame.evaluate(`(() => {
      const want = ${JSON.stringify(id)};
      window.keelShownAt = undefined;
      const observer = new MutationObserver(() => {
        const strip = document.querySelector('.strip');
        if (strip && strip.getAttribute('data-ticket') === want && strip.getAttribute('data-band')) {
          window.keelShownAt = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    })()`);
    const clickedAt = await page.evaluate((want) => {
      const link = document.querySelector<HTMLAnchorElement>(`a[href$="/agent/tickets/${want}"]`);
      const t = performance.timeOrigin + performance.now();
      link!.click();
      return t;
    }, id);
    await frame.waitForFunction(() => (window as unknown as { keelShownAt?: number }).keelShownAt !== undefined, undefined, { timeout: 30_000 });
    const shownAt = await frame.evaluate(() => (window as unknown as { keelShownAt: number }).keelShownAt);
    await frame.waitForSelector(`.strip[data-ticket="${id}"][data-read="read"]`, { timeout: 30_000 });
    return shownAt - clickedAt;
  };
  const cold: number[] = [];
  for (const id of ids.slice(1)) cold.push(await measure(id));
  const warm: number[] = [];
  for (let round = 0; round < 2; round++) for (const id of ids) warm.push(await measure(id));
  await page.close();
  return [
    { name: 'in-app navigation → strip shows band, first visit (median)', value: median(cold), unit: 'ms', budget: { max: 300 }, note: `${cold.length} tickets, max ${Math.max(...cold).toFixed(0)} ms` },
    { name: 'in-app navigation → strip shows band, revisit (median)', value: median(warm), unit: 'ms', budget: { max: 300 }, note: `${warm.length} navigations` },
  ];
}

/**
 * Main-thread work Keel adds to a desk page: the content script's start-up task (from its
 * `keel:content-start` to `keel:content-ready` marks), the frame insertion it schedules for idle
 * time, and — as a whole-page peer comparison — the page's script time with Keel minus without.
 */
async function injectedWork(keel: Keel, desk: Desk, root: string): Promise<BudgetLine[]> {
  const url = desk.urls.zendesk(desk.tickets('zendesk').calm);
  const startup: number[] = [];
  const withEval: number[] = [];
  const startupAll: number[] = [];
  const longestTask: number[] = [];
  const frame: number[] = [];
  const scriptTime = async (context: Keel['context'], marks: boolean): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url);
      await page.waitForTimeout(1500);
      const { metrics } = await cdp.send('Performance.getMetrics');
      times.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
      if (marks) {
        const m = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime])));
        const first = m['keel:content-ready']! - m['keel:content-start']!;
        // The tasks the start-up defers (tell the worker, start reading), each measured by the runner.
        const tasks = await page.evaluate(() => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('keel:task:')).map((e) => e.duration));
        startup.push(first);
        // From the first statement of the content script (a mark the bench build adds) to the end of its start-up task.
        withEval.push(m['keel:content-ready']! - m['keel:content-eval']!);
        startupAll.push(first + tasks.reduce((a, b) => a + b, 0));
        longestTask.push(Math.max(first, ...tasks));
        frame.push(m['keel:frame-end']! - m['keel:frame-start']!);
      }
      await page.close();
    }
    return median(times);
  };
  const withKeel = await scriptTime(keel.context, true);
  const plain = await launchKeel({ deskPort: desk.port, extensionDir: resolve(root, '.output/chrome-mv3-bench'), withoutExtension: true });
  let without: number;
  try {
    without = await scriptTime(plain.context, false);
  } finally {
    await plain.close();
  }
  return [
    { name: 'content script start-up task on the desk page (median)', value: median(startup), unit: 'ms', budget: { max: 5 }, note: 'schedules the start-up tasks; detecting, watching, listening, telling the worker and reading each run in later tasks' },
    { name: '  evaluating the script, then its start-up task (median)', value: median(withEval), unit: 'ms', note: 'one task for the page: module code, WXT context, start-up task (compile not included)' },
    { name: '  longest start-up task (median)', value: median(longestTask), unit: 'ms', budget: { max: 5 }, note: 'the first task, telling the worker (and listening), or starting the read' },
    { name: '  all start-up tasks together (median)', value: median(startupAll), unit: 'ms', note: 'first task + deferred ones, before the frame; module evaluation not included' },
    { name: 'strip frame insertion, at idle time (median)', value: median(frame), unit: 'ms', note: "the browser creating Keel's frame" },
    { name: 'all script time Keel adds to a desk page load (peer: no Keel)', value: Math.max(0, withKeel - without), unit: 'ms', note: `page ${without.toFixed(1)} ms without Keel, ${withKeel.toFixed(1)} ms with; includes reading the ticket (median of 9 loads)` },
  ];
}

interface BenchApi {
  seed(escalations: number, events: number, activeEvery: number): Promise<void>;
  activeQuery(runs: number, rowsPath?: boolean): Promise<{ medianMs: number; p95Ms: number; rows: number }>;
  upsert(runs: number): Promise<{ medianMs: number; p95Ms: number }>;
}

export async function benchBrowser(root: string): Promise<BudgetLine[]> {
  const desk = await startDemoDesk();
  const keel = await launchKeel({ deskPort: desk.port, extensionDir: resolve(root, '.output/chrome-mv3-bench') });
  const lines: BudgetLine[] = [];
  try {
    // Desk pages first, on a fresh profile with nothing else open.
    lines.push(...(await navigationToStrip(keel, desk)));
    lines.push(...(await injectedWork(keel, desk, root)));

    // The popup with 5,000 active escalations in the real store.
    const worker = await keel.worker();
    const page = await keel.context.newPage();
    await page.goto(keel.extensionUrl('bench.html'));
    // Any request makes the worker open (and create) its database; this one caches no list.
    await page.evaluate(() => chrome.runtime.sendMessage({ tag: 'keel/1', name: 'getCaseView', payload: JSON.stringify({ ref: { desk: 'zendesk', host: 'x.zendesk.com', ticketId: '1' } }) }));
    const popupUrl = keel.extensionUrl('popup.html');
    await blankPage(page, keel.extensionUrl('blank.html'), 2);
    const blank = await blankPage(page, keel.extensionUrl('blank.html'), 9);
    await popupFirstRender(page, popupUrl, 2, false);
    const empty = await popupFirstRender(page, popupUrl, 9, false); // peer: the same page with an empty store
    // A queue of 25, each open on a stopped worker: what a user sees when Chrome has idled the worker
    // out (after 30 s without events), so most opens of a real popup.
    await seedEscalations(worker, 25);
    const wakes: number[] = [];
    for (let i = 0; i < 5; i++) {
      await stopServiceWorker(keel.context, page, keel.extensionId);
      wakes.push(...(await popupFirstRender(page, popupUrl, 1, true)));
    }
    await seedEscalations(worker, 5000);
    // The rows were written behind the worker's back: stop it, so that nothing it cached about
    // the (empty) list survives, as after Chrome idles it out. The first open is the cold case.
    await stopServiceWorker(keel.context, page, keel.extensionId);
    const cold = await popupFirstRender(page, popupUrl, 1, true);
    // The worker just started: two seconds later it sweeps the reminders once for its life, and
    // with 5,000 overdue escalations that first sweep reads each one's cadence and promises (about
    // a second of work). The opens measured next took 2–4 s, so some ran beside it and some did not
    // (medians of 87–189 ms between runs; 117–123 ms for two builds side by side with no restart).
    // Let it pass, as the side panel's measurement does.
    await new Promise((settled) => setTimeout(settled, 4_000));
    await popupFirstRender(page, popupUrl, 2, true); // warm-up
    const loaded: number[] = [];
    const answered: number[] = [];
    const popup = await popupFirstRender(page, popupUrl, 9, true, loaded, answered);
    const rendered = await page.$$eval('.esc-row', (rows) => rows.length);
    const shown = await page.$eval('.count', (el) => el.textContent ?? '');
    lines.push({ name: 'popup first render, 5,000 active escalations, each with its plan, 2 people and 40 events (median of 9)', value: median(popup), unit: 'ms', budget: { max: 150 }, note: `${rendered} rows in the DOM (virtualised); the list says "${shown.trim()}"` });
    lines.push({ name: '  same popup with no escalations (peer, same run)', value: median(empty), unit: 'ms', note: 'the page-load floor on this machine' });
    lines.push({ name: '  what 5,000 escalations add to the empty popup (medians)', value: median(popup) - median(empty), unit: 'ms', note: `ratio ${(median(popup) / median(empty)).toFixed(2)}× the empty popup` });
    lines.push({ name: '  a blank extension page, one tiny module (peer, same run)', value: median(blank), unit: 'ms', note: 'the browser opening any extension page here (fetching the page and its module), before a line of Keel runs' });
    lines.push({ name: '  of which the page load: navigation start → DOMContentLoaded (median)', value: median(loaded), unit: 'ms', note: 'the browser loading and evaluating the popup’s code; the first page of rows is asked for before it, by popup-prefetch.js' });
    lines.push({ name: '  of which the worker’s first page: navigation start → answer arrived (median)', value: median(answered), unit: 'ms', note: 'asked for by popup-prefetch.js while the page loads; the page renders once both are ready' });
    lines.push({ name: '  5,000, first open after the worker was stopped', value: cold[0]!, unit: 'ms', note: 'worker start, store read and sort included' });
    lines.push({ name: 'popup first render, 25 active escalations, worker stopped before each open (median of 5)', value: median(wakes), unit: 'ms', note: `the popup as most opens meet it: Chrome stops an idle worker after 30 s; ${wakes.map((t) => t.toFixed(0)).join(', ')} ms` });
    await page.close();

    // The side panel of one busy escalation (plan, people, timeline sections all rendered).
    lines.push(...(await sidePanelFirstRender(keel, desk)));

    // The active-escalation query: 10,000 escalations (2% active, the rest history) and
    // 200,000 timeline events; then a stress case with 80% of them active.
    const bench = await keel.context.newPage();
    await bench.goto(keel.extensionUrl('bench.html'));
    await bench.waitForFunction(() => document.title === 'keel-bench-ready');
    const api = (fn: string, ...args: unknown[]) =>
      bench.evaluate(([f, a]) => (globalThis as unknown as { keelBench: Record<string, (...x: unknown[]) => Promise<unknown>> }).keelBench[f as string]!(...(a as unknown[])), [fn, args] as const);
    await api('seed', 10_000, 200_000, 50);
    const q = (await api('activeQuery', 21)) as Awaited<ReturnType<BenchApi['activeQuery']>>;
    lines.push({ name: 'active-escalation query, 10k escalations + 200k events (median)', value: q.medianMs, unit: 'ms', budget: { max: 30 }, note: `p95 ${q.p95Ms.toFixed(1)} ms, ${q.rows} active` });
    const qRows = (await api('activeQuery', 11, true)) as Awaited<ReturnType<BenchApi['activeQuery']>>;
    lines.push({ name: '  same, reading rows through the state index (peer)', value: qRows.medianMs, unit: 'ms', note: `${qRows.rows} active` });
    await api('seed', 10_000, 0, 1);
    const stress = (await api('activeQuery', 11)) as Awaited<ReturnType<BenchApi['activeQuery']>>;
    lines.push({ name: 'active-escalation query, stress: 10k escalations all active', value: stress.medianMs, unit: 'ms', note: `p95 ${stress.p95Ms.toFixed(1)} ms, ${stress.rows} active` });

    // Storing a changed 100-message snapshot: score, reading, case update in one transaction.
    const u = (await api('upsert', 41)) as Awaited<ReturnType<BenchApi['upsert']>>;
    lines.push({ name: 'snapshot upsert with scoring and write, 100 messages (median)', value: u.medianMs, unit: 'ms', budget: { max: 20 }, note: `p95 ${u.p95Ms.toFixed(1)} ms` });
  } finally {
    await keel.close();
    await desk.close();
  }
  return lines;
}
