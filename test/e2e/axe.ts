/** axe-core in the real browser: its source evaluated in a page or frame (no script tag, so extension pages' CSP does not matter). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const RESULTS = resolve(import.meta.dirname, '../../test-results');

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

export async function runAxe(target: Page | Frame): Promise<AxeViolation[]> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })) }));
  }, AXE_TAGS);
}

/** The violations that fail the test: critical or serious. */
export function blocking(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

/** One readable line per violation and node, for the failure message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

/** Keeps each surface's counts by impact in test-results/axe.json (ignored), for the report. */
export function recordAxe(surface: string, violations: AxeViolation[]): void {
  const file = resolve(RESULTS, 'axe.json');
  mkdirSync(RESULTS, { recursive: true });
  let all: Record<string, unknown>;
  try {
    all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    all = {};
  }
  const count = (impact: string) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
  all[surface] = { critical: count('critical'), serious: count('serious'), moderate: count('moderate'), minor: count('minor'), rules: violations.map((v) => `${v.impact}:${v.id}×${v.nodes.length}`) };
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** What a page looks like to a reader: its smallest visible text (px, with where) and its background colour. */
export async function lookOf(target: Page | Frame): Promise<{ smallest: { px: number; where: string } | null; background: string }> {
  return target.evaluate(() => {
    let smallest: { px: number; where: string } | null = null;
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const text = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
      if (!text || el.closest('.sr-only, svg')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (!smallest || px < smallest.px) smallest = { px, where: `${el.tagName.toLowerCase()}.${el.className}` };
    }
    // The first painted background from the surface's box outwards (the strip frame itself is transparent).
    const painted = [document.querySelector('.strip'), document.body, document.documentElement].map((el) => (el ? getComputedStyle(el).backgroundColor : '')).find((c) => c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c));
    return { smallest, background: painted ?? 'none' };
  });
}

/** Relative luminance of a CSS rgb() colour: the dark theme's page is dark, the light one's light. */
export function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
