/** Types for the lint rule's helpers, used by test/unit/lint-rules.test.ts. */
import type { Rule } from 'eslint';

export function globToRegExp(glob: string): RegExp;
export function importTarget(specifier: string, fromFile: string, root: string): { kind: 'package' | 'file'; path: string };
export const boundaries: Rule.RuleModule;
declare const plugin: { rules: { boundaries: Rule.RuleModule } };
export default plugin;
