/** Benchmarks that need the real browser: popup render, storage query, navigation → strip. */
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { launchKeel } from '../harness/browser';
import { startDemoDesk } from '../demo-desk/server';
import { benchEscalation } from './fixtures';
import type { BudgetLine } from './run';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function seedEscalations(worker: Worker, count: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => benchEscalation(i));
  await worker.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolveDb, reject) => {
      const req = indexedDB.open('keel');
      req.onsuccess = () => resolveDb(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((done, reject) => {
      const tx = db.transaction('escalations', 'readwrite');
      for (const r of records) tx.objectStore('escalations').put(r);
      tx.oncomplete = () => done();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

async function popupFirstRender(page: Page, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(url);
    await page.waitForSelector('.esc-row', { timeout: 30_000 });
    const t = await page.evaluate(() => performance.getEntriesByName('keel:popup-rendered')[0]?.startTime ?? NaN);
    times.push(t);
  }
  return times;
}

export async function benchBrowser(root: string): Promise<BudgetLine[]> {
  const desk = await startDemoDesk();
  const keel = await launchKeel({ deskPort: desk.port, extensionDir: resolve(root, '.output/chrome-mv3-bench') });
  const lines: BudgetLine[] = [];
  try {
    // The popup with 5,000 active and closed escalations in the real store.
    const worker = await keel.worker();
    const page = await keel.context.newPage();
    await page.goto(keel.extensionUrl('popup.html')); // opens the database (schema created by the worker)
    await page.waitForSelector('.popup');
    await seedEscalations(worker, 5000);
    const popupUrl = keel.extensionUrl('popup.html');
    await popupFirstRender(page, popupUrl, 2); // warm-up
    const popup = await popupFirstRender(page, popupUrl, 9);
    const rendered = await page.$$eval('.esc-row', (rows) => rows.length);
    lines.push({ name: 'popup first render, 5,000 escalations (median of 9)', value: median(popup), unit: 'ms', budget: { max: 150 }, note: `${rendered} rows in the DOM (virtualised)` });

    // The active-escalation query on 10,000 escalations and 200,000 timeline events.
    const bench = await keel.context.newPage();
    await bench.goto(keel.extensionUrl('bench.html'));
    await bench.waitForFunction(() => document.title === 'keel-bench-ready');
    await bench.evaluate(() => (globalThis as unknown as { keelBench: { seed(a: number, b: number): Promise<void> } }).keelBench.seed(10_000, 200_000));
    const q = await bench.evaluate(() => (globalThis as unknown as { keelBench: { activeQuery(runs: number): Promise<{ medianMs: number; p95Ms: number; rows: number }> } }).keelBench.activeQuery(21));
    lines.push({ name: 'active-escalation query, 10k escalations + 200k events (median)', value: q.medianMs, unit: 'ms', budget: { max: 30 }, note: `p95 ${q.p95Ms.toFixed(1)} ms, ${q.rows} active rows` });
  } finally {
    await keel.close();
    await desk.close();
  }
  return lines;
}
