/**
 * Fitting the in-page strip's line of facts into the room it has, without ever cutting a word:
 * each fact has a priority and one or more wordings (most wanted first). When the line is too
 * long, the least important fact is shortened to its next wording, and dropped whole when it has
 * none, before anything more important is touched; an essential fact (the customer, the SLA) is
 * only dropped once every essential fact is at its shortest. Then, most important first, each
 * fact takes back the best wording the room left allows. Pure: widths come from `measure`.
 */

export interface FitItem {
  key: string;
  /** Higher stays longer. Ties: the later item gives way first. */
  priority: number;
  /** Its wordings, most wanted first (usually longest first). */
  variants: readonly string[];
  /** Shortened, never dropped, while a less essential fact can still give way. */
  essential?: boolean;
}

export interface FittedItem {
  key: string;
  text: string;
}

/** Width in pixels of `text` shown as item `key` (with the item's own padding). */
export type Measure = (text: string, key: string) => number;

/** The items that fit in `available` pixels (`gap` between two), in their order, each with the wording chosen. */
export function fitItems(items: readonly FitItem[], available: number, measure: Measure, gap: number): FittedItem[] {
  // For each item: the index of its wording, or -1 when dropped.
  const chosen: number[] = items.map((item) => (item.variants.length ? 0 : -1));
  const widths = items.map((item) => item.variants.map((text) => measure(text, item.key)));
  const total = () => {
    let sum = 0;
    let shown = 0;
    chosen.forEach((v, i) => {
      if (v < 0) return;
      sum += widths[i]![v]!;
      shown++;
    });
    return sum + Math.max(0, shown - 1) * gap;
  };
  // Who gives way first: lowest priority, then the later item.
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.priority - items[b]!.priority || b - a);
  const shorter = (i: number) => (chosen[i]! + 1 < items[i]!.variants.length ? chosen[i]! + 1 : -1);
  for (const i of order) {
    while (chosen[i]! >= 0 && total() > available && (shorter(i) >= 0 || !items[i]!.essential)) chosen[i] = shorter(i);
  }
  for (const i of order) {
    while (chosen[i]! >= 0 && total() > available) chosen[i] = shorter(i);
  }
  // Most important first, take back the best wording that fits in the room left.
  for (const i of [...order].reverse()) {
    const current = chosen[i]!;
    for (let v = 0; v < (current < 0 ? items[i]!.variants.length : current); v++) {
      chosen[i] = v;
      if (total() <= available) break;
      chosen[i] = current;
    }
  }
  return items.flatMap((item, i) => (chosen[i]! < 0 ? [] : [{ key: item.key, text: item.variants[chosen[i]!]! }]));
}

/**
 * `text` if it fits in `available` pixels, else its longest run of whole words that fits with
 * `ellipsis` after it ("Production outage: every…"), else the ellipsis alone: never part of a word.
 */
export function fitWords(text: string, available: number, measure: (text: string) => number, ellipsis = '…'): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (measure(clean) <= available) return clean;
  const words = clean.split(' ');
  // Binary search on the number of whole words kept.
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${words.slice(0, mid).join(' ')}${ellipsis}`) <= available) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ellipsis : `${words.slice(0, lo).join(' ').replace(/[\s,;:·–—-]+$/, '')}${ellipsis}`;
}
