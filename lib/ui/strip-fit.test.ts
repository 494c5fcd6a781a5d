import { describe, expect, it } from 'vitest';
import { fitItems, fitWords, type FitItem } from './strip-fit';

/** 7 px a character: enough to reason about in a test. */
const measure = (text: string) => text.length * 7;

describe('fitting the strip’s facts', () => {
  // The walkthrough's Jira ticket: the requester, status, priority, count, SLA and read state.
  const items: FitItem[] = [
    { key: 'customer', priority: 4, essential: true, variants: ['Marcus Webb · Halvorsen Freight', 'Halvorsen Freight', 'Marcus Webb'] },
    { key: 'status', priority: 2, variants: ['In Progress'] },
    { key: 'priority', priority: 2, variants: ['Highest'] },
    { key: 'count', priority: 1, variants: ['10 msgs'] },
    { key: 'sla', priority: 4.5, essential: true, variants: ['time to next response due in 25 min', 'SLA due in 25 min'] },
    { key: 'read', priority: 3, variants: ['read just now'] },
  ];
  const all = items.reduce((sum, i) => sum + measure(i.variants[0]!), 0) + 8 * (items.length - 1);

  it('shows everything, unchanged and in order, when there is room', () => {
    expect(fitItems(items, all, measure, 8).map((i) => i.text)).toEqual(['Marcus Webb · Halvorsen Freight', 'In Progress', 'Highest', '10 msgs', 'time to next response due in 25 min', 'read just now']);
  });

  it('drops the least important facts whole, before the customer or the SLA lose a word', () => {
    const fitted = fitItems(items, 480, measure, 8);
    expect(fitted.map((i) => i.key)).toEqual(['customer', 'sla']);
    expect(fitted.map((i) => i.text)).toEqual(['Marcus Webb · Halvorsen Freight', 'time to next response due in 25 min']);
  });

  it('shortens the customer and the SLA to whole wordings before either is dropped, the SLA keeping the most', () => {
    // 7 px a character, 8 px between facts.
    expect(fitItems(items, 380, measure, 8).map((i) => i.text)).toEqual(['Halvorsen Freight', 'time to next response due in 25 min']);
    expect(fitItems(items, 300, measure, 8).map((i) => i.text)).toEqual(['Halvorsen Freight', 'SLA due in 25 min']);
    expect(fitItems(items, 210, measure, 8).map((i) => i.text)).toEqual(['Marcus Webb', 'SLA due in 25 min']);
    expect(fitItems(items, 130, measure, 8).map((i) => i.text)).toEqual(['SLA due in 25 min']);
  });

  it('fills room a dropped fact left with a smaller, less important one', () => {
    // Customer and SLA in full (470 px) leave 30 px: too little for anything else.
    expect(fitItems(items, 500, measure, 8).map((i) => i.key)).toEqual(['customer', 'sla']);
    // 60 px more: "Highest" (49 px) fits, "read just now" (91 px) does not.
    expect(fitItems(items, 530, measure, 8).map((i) => i.key)).toEqual(['customer', 'priority', 'sla']);
  });

  it('every text shown is one of its item’s wordings, at every width', () => {
    for (let width = 0; width <= all; width += 13) {
      const fitted = fitItems(items, width, measure, 8);
      for (const f of fitted) expect(items.find((i) => i.key === f.key)!.variants).toContain(f.text);
      const used = fitted.reduce((sum, f) => sum + measure(f.text), 0) + 8 * Math.max(0, fitted.length - 1);
      expect(used).toBeLessThanOrEqual(width);
    }
  });
});

describe('fitting the subject', () => {
  const subject = 'Production outage: every dashboard returns 502 Bad Gateway';

  it('keeps a subject that fits', () => {
    expect(fitWords(subject, 1000, measure)).toBe(subject);
  });

  it('ends on a whole word with an ellipsis, never inside a word', () => {
    expect(fitWords(subject, 200, measure)).toBe('Production outage: every…');
    expect(fitWords(subject, 140, measure)).toBe('Production outage…');
    expect(fitWords(subject, 125, measure)).toBe('Production…');
    expect(fitWords(subject, 40, measure)).toBe('…');
    for (let width = 10; width < 420; width += 7) {
      const fitted = fitWords(subject, width, measure);
      expect(measure(fitted) <= width || fitted === '…').toBe(true);
      const kept = fitted.replace(/…$/, '');
      if (kept) expect(subject.startsWith(kept) && /^[\s:,]|^$/.test(subject.slice(kept.length))).toBe(true);
    }
  });
});
