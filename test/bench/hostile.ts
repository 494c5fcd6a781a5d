/**
 * Hostile input: the HTML-to-text converter and the Salesforce URL detector on inputs built to
 * make a careless parser quadratic. Each input is also read at half its length in the same run:
 * a linear reader takes about half the time (ratio ≈ 2), a quadratic one about a quarter (≈ 4).
 */
import { convertHtml } from '../../lib/hosts/text/html-to-text';
import { detect } from '../../lib/hosts/salesforce/detect';
import { HOSTILE_HTML, HOSTILE_SALESFORCE_URLS } from '../tools/hostile';
import type { BudgetLine } from './run';

function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function measure(inputs: readonly string[], read: (s: string) => void): { worst: number; ratio: number } {
  let worst = 0;
  let ratio = 0;
  for (const input of inputs) {
    const full = bestOf(5, () => read(input));
    const half = bestOf(5, () => read(input.slice(0, Math.floor(input.length / 2))));
    worst = Math.max(worst, full);
    ratio = Math.max(ratio, full / Math.max(half, 0.01));
  }
  return { worst, ratio };
}

export function benchHostile(): BudgetLine[] {
  const html = measure(HOSTILE_HTML, (s) => void convertHtml(s));
  const urls = measure(HOSTILE_SALESFORCE_URLS, (s) => void detect(s));
  return [
    { name: 'HTML to text, hostile inputs (slowest of 5, 150–240k chars)', value: html.worst, unit: 'ms', budget: { max: 1000 } },
    { name: '  time ratio, whole input / half of it (worst)', value: html.ratio, unit: '×', note: 'linear ≈ 2, quadratic ≈ 4 (best of 5 each; noisy under load)' },
    { name: 'Salesforce URL detection, hostile URLs (slowest of 2, up to 240k chars)', value: urls.worst, unit: 'ms', budget: { max: 500 } },
    { name: '  time ratio, whole URL / half of it (worst)', value: urls.ratio, unit: '×', note: 'linear ≈ 2, quadratic ≈ 4 (best of 5 each; noisy under load)' },
  ];
}
