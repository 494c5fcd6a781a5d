// @vitest-environment happy-dom
/**
 * The walkthrough's small temperature bugs (issue 10): the gauge's needle crossed the score, one
 * reading drew a lone dot, a reason whose message is not on the desk page did nothing and said
 * nothing, and the options kept "the bands must rise" after the value was fixed.
 */
import { act } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { TemperatureReading } from '@/lib/model/temperature';
import type { SnapshotMessage } from '@/lib/model/snapshot';
import { TemperatureSettings } from '../../options/temperature/TemperatureSettings';
import { Gauge } from './Gauge';
import { Reasons } from './Reasons';
import { Sparkline, sparklineName } from './Sparkline';
import { mountReact } from '@/test/harness/react';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function reading(id: string, at: string, score: number): TemperatureReading {
  return { id, caseKey: 'zendesk:acme.zendesk.com:7', at, score, band: score >= 70 ? 'hot' : 'calm', reasons: [], coverage: 'words-and-dynamics', notes: [], trend: { direction: 'new', delta: 0, previousScore: null, changes: [] }, messageCount: 3 };
}

describe('the gauge', () => {
  it('never draws the needle through the score', () => {
    // The score's number: centred at x 60, baseline y 48, 18 px bold, up to three digits.
    const box = { left: 60 - 17, right: 60 + 17, top: 48 - 14, bottom: 48 + 4 };
    for (let score = 0; score <= 100; score += 1) {
      const html = renderToStaticMarkup(<Gauge score={score} band="hot" />);
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(new RegExp(`<line[^>]*\\b${a}="([-\\d.]+)"`).exec(html)![1]));
      for (let step = 0; step <= 20; step++) {
        const x = x1! + ((x2! - x1!) * step) / 20;
        const y = y1! + ((y2! - y1!) * step) / 20;
        const inside = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
        expect(inside, `score ${score}: needle point ${x.toFixed(1)},${y.toFixed(1)} is on the number`).toBe(false);
      }
      expect(html).toContain(`>${score}</text>`);
    }
  });
});

describe('the sparkline', () => {
  it('says one reading is no history yet instead of drawing a lone dot', () => {
    const html = renderToStaticMarkup(<Sparkline readings={[reading('r1', '2026-04-01T08:00:00.000Z', 40)]} />);
    expect(html).not.toContain('<circle');
    expect(html).toContain('One reading so far');
  });

  it('draws a line through two readings or more', () => {
    const html = renderToStaticMarkup(<Sparkline readings={[reading('r1', '2026-04-01T08:00:00.000Z', 40), reading('r2', '2026-04-01T09:00:00.000Z', 80)]} />);
    expect(html).toContain('<polyline');
    expect(html.match(/<circle/g)).toHaveLength(2);
  });

  it('is named with its values, their times and the trend (issue 12), not just a count', () => {
    const at = (h: number) => `2026-04-01T0${h}:00:00.000Z`;
    const name = sparklineName([reading('r1', at(8), 41), reading('r2', at(9), 67), reading('r3', at(9).replace(':00:00', ':30:00'), 98)]);
    expect(name).toMatch(/^3 readings, oldest first: 41 \(Calm\) at .+, 67 \(Calm\) at .+, 98 \(Hot\) at .+\. Rising by 57 overall\.$/i);
    expect(sparklineName([reading('r1', at(8), 80), reading('r2', at(9), 60)])).toMatch(/Falling by 20 overall/);
    // A long history names its newest twelve, and says so.
    const many = Array.from({ length: 30 }, (_, i) => reading(`r${i}`, new Date(Date.UTC(2026, 3, 1, 0, i)).toISOString(), i));
    const long = sparklineName(many);
    expect(long).toMatch(/^30 readings, oldest first: the last 12: 18 /);
    expect(long.match(/ at /g)).toHaveLength(12);
    const html = renderToStaticMarkup(<Sparkline readings={many} />);
    expect(html).toContain(`aria-label="${long}"`);
  });
});

describe('clicking a reason', () => {
  const { host, render } = mountReact();

  const message: SnapshotMessage = { id: 'm1', authorRole: 'customer', authorName: 'Dana', at: '2026-04-01T08:00:00.000Z', public: true, text: 'We are evaluating other vendors.' };
  const reasons = [{ code: 'churn-threat', text: 'churn threat', points: 20, evidence: [{ messageIndex: 0, messageId: 'm1', quote: 'evaluating other vendors' }] }];

  it('says when the message is not on the desk page, and shows it here', async () => {
    const onShowInPage = vi.fn(async () => false);
    await render(<Reasons reasons={reasons} quoted={[message]} onShowInPage={onShowInPage} />);
    await act(async () => host.querySelector<HTMLButtonElement>('button.reason')!.click());
    expect(onShowInPage).toHaveBeenCalledWith({ id: 'm1', at: message.at });
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/not on the desk page/);
    expect(host.querySelector('.reason-message')?.textContent).toContain('evaluating other vendors');
  });

  it('closes the open reason on Escape and keeps the focus on its button', async () => {
    await render(<Reasons reasons={reasons} quoted={[message]} onShowInPage={async () => true} />);
    const button = host.querySelector<HTMLButtonElement>('button.reason')!;
    button.focus();
    await act(async () => button.click());
    expect(host.querySelector('.reason-message')).not.toBeNull();
    await act(async () => button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(host.querySelector('.reason-message')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('says nothing more when the page scrolled to it', async () => {
    await render(<Reasons reasons={reasons} quoted={[message]} onShowInPage={async () => true} />);
    await act(async () => host.querySelector<HTMLButtonElement>('button.reason')!.click());
    expect(host.querySelector('[role="status"]')).toBeNull();
    expect(host.querySelector('.reason-message')).not.toBeNull();
  });
});

describe('the temperature options', () => {
  const { host, render } = mountReact();
  it('clears "the bands must rise" as soon as the value is fixed', async () => {
    const value = { thresholds: { warm: 40, hot: 60, critical: 80 }, replyTargetMinutes: 240 };
    const onSave = vi.fn();
    await render(<TemperatureSettings value={value} defaults={value} onSave={onSave} />);
    const [warm] = [...host.querySelectorAll<HTMLInputElement>('input')];
    const type = (input: HTMLInputElement, text: string) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    await act(async () => type(warm!, '70'));
    await act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click());
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/must rise/);
    expect(onSave).not.toHaveBeenCalled();
    await act(async () => type(warm!, '50'));
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });
});
