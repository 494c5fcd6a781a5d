/**
 * The boundaries fail the build: each lint rule, run through ESLint's Node API with the
 * project's own config on source text placed in a governed folder, reports a violating import
 * and lets an allowed one through. And the page-half rule covers every file a content script
 * really imports (walked from the entrypoints).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { globToRegExp, importTarget } from '../../eslint/boundaries.js';

const ROOT = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'eslint.config.js') });
});

/** The boundary errors ESLint reports for `code` as if it were the file at `path`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result!.messages.filter((m) => m.ruleId === 'keel/boundaries' || m.ruleId === 'no-restricted-globals').map((m) => `${m.ruleId}: ${m.message}`);
}

interface Case {
  rule: string;
  path: string;
  violating: string;
  expected: RegExp;
  allowed: string;
}

const CASES: Case[] = [
  {
    rule: 'a pure engine imports no browser API',
    path: 'lib/temperature/new-signal.ts',
    violating: "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;\n",
    expected: /pure engine: "wxt\/browser" is not allowed/,
    allowed: "import type { CaseSnapshot } from '../model/snapshot';\nimport { scoreThread } from './score';\nexport const f = (s: CaseSnapshot) => [s, scoreThread];\n",
  },
  {
    rule: 'a pure engine imports no storage (relative path resolved)',
    path: 'lib/temperature/new-signal.ts',
    violating: "import { openKeelDb } from '../db/open';\nexport const f = openKeelDb;\n",
    expected: /pure engine: "\.\.\/db\/open" is not allowed/,
    allowed: "import { TemperatureSchema } from '../model/temperature';\nexport const f = TemperatureSchema;\n",
  },
  {
    rule: 'a future engine (lib/playbook) imports no worker or messaging code',
    path: 'lib/playbook/prompts.ts',
    violating: "import { getDb } from '../worker/db';\nimport { emit } from '@/lib/messaging/emit';\nexport const f = [getDb, emit];\n",
    expected: /pure engine: "\.\.\/worker\/db" is not allowed/,
    allowed: "import { bandOf } from '../temperature/bands';\nexport const f = bandOf;\n",
  },
  {
    rule: 'a pure engine uses no WXT auto-imported browser global',
    path: 'lib/cadence/next-update.ts',
    violating: 'export const id = () => browser.runtime.id;\n',
    expected: /no-restricted-globals: .*browser/,
    allowed: 'export const next = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000);\n',
  },
  {
    rule: 'the page half imports no zod',
    path: 'lib/content/new-helper.ts',
    violating: "import { z } from 'zod/mini';\nexport const S = z.string();\n",
    expected: /page half: "zod\/mini" is not allowed/,
    allowed: "import { caseKey } from '../model/case-key';\nimport type { CaseRef } from '../model/case-ref';\nexport const k = (r: CaseRef) => caseKey(r);\n",
  },
  {
    rule: 'an extension page takes no value from the protocol (its schemas stay in the worker)',
    path: 'lib/ui/new-read.ts',
    violating: "import { protocol } from '../messaging/protocol';\nexport const schema = protocol.getPlan.response;\n",
    expected: /extension page: "\.\.\/messaging\/protocol" is not allowed/,
    allowed: "import type { ResponseOf } from '../messaging/protocol';\nimport { send } from '../messaging/client';\nexport const read = (): Promise<unknown> => send('listActiveEscalations', {});\nexport type Plan = ResponseOf<'getPlan'>;\n",
  },
  {
    rule: 'the page half imports no React',
    path: 'entrypoints/zendesk.content/extra.ts',
    violating: "import { createElement } from 'react';\nexport const el = createElement('div');\n",
    expected: /page half: "react" is not allowed/,
    allowed: "import { zendeskDesk } from '@/lib/hosts/zendesk/desk';\nexport const m = zendeskDesk.contentScript.matches;\n",
  },
  {
    rule: "the page half imports no desk's parser or schemas",
    path: 'lib/hosts/zendesk/dom.ts',
    violating: "import { TicketResponseSchema } from './schemas';\nexport const s = TicketResponseSchema;\n",
    expected: /page half: "\.\/schemas" is not allowed/,
    allowed: "import { ZENDESK_SELECTORS } from './selectors';\nexport const s = ZENDESK_SELECTORS;\n",
  },
  {
    rule: "the page half imports zod-built model values only as types",
    path: 'lib/hosts/jira/client.ts',
    violating: "import { CaseRefSchema } from '../../model/case-ref';\nexport const s = CaseRefSchema;\n",
    expected: /page half: "\.\.\/\.\.\/model\/case-ref" is not allowed/,
    allowed: "import type { CaseRef } from '../../model/case-ref';\nexport const f = (r: CaseRef) => r.host;\n",
  },
  {
    rule: 'the page half uses no WXT auto-imported React hook',
    path: 'lib/content/new-helper.ts',
    violating: 'export const f = () => useState(0);\n',
    expected: /no-restricted-globals: .*useState/,
    allowed: 'export const f = () => location.href;\n',
  },
  {
    rule: 'components import nothing from lib/db',
    path: 'components/NewPanel.tsx',
    violating: "import { openKeelDb } from '@/lib/db/open';\nexport const f = openKeelDb;\n",
    expected: /components: "@\/lib\/db\/open" is not allowed/,
    allowed: "import { deskName } from '@/lib/hosts/registry';\nexport const f = deskName;\n",
  },
  {
    rule: 'components import nothing from lib/worker',
    path: 'components/workspace/NewSection.tsx',
    violating: "import { getDb } from '../../lib/worker/db';\nexport const f = getDb;\n",
    expected: /components: "\.\.\/\.\.\/lib\/worker\/db" is not allowed/,
    allowed: "import type { CaseView } from '@/lib/messaging/protocol';\nexport type V = CaseView;\n",
  },
  {
    rule: 'nothing shipped imports from test/',
    path: 'entrypoints/popup/extra.ts',
    violating: "import { benchEscalation } from '@/test/bench/fixtures';\nexport const f = benchEscalation;\n",
    expected: /shipped code: "@\/test\/bench\/fixtures" is not allowed/,
    allowed: "import { sortByUrgency } from '@/lib/model/urgency';\nexport const f = sortByUrgency;\n",
  },
  {
    rule: 'nothing shipped imports a development-only package',
    path: 'lib/ui/extra.ts',
    violating: "import Sentiment from 'sentiment';\nexport const s = new Sentiment();\n",
    expected: /shipped code: "sentiment" is not allowed/,
    allowed: "import { create } from 'zustand';\nexport const s = create(() => ({}));\n",
  },
  {
    rule: 'lib/ imports nothing from components/',
    path: 'lib/ui/extra.ts',
    violating: "import { DeskIcon } from '../../components/DeskIcon';\nexport const f = DeskIcon;\n",
    expected: /lib: "\.\.\/\.\.\/components\/DeskIcon" is not allowed/,
    allowed: "import { detectTicket } from '../hosts/detect';\nexport const f = detectTicket;\n",
  },
];

describe('lint boundaries', () => {
  for (const c of CASES) {
    it(`${c.rule}: fails on a violating import, passes an allowed one`, async () => {
      const violating = await boundaryErrors(c.path, c.violating);
      expect(violating.some((m) => c.expected.test(m)), violating.join('\n') || 'no error reported').toBe(true);
      expect(await boundaryErrors(c.path, c.allowed)).toEqual([]);
      // The first case also loads ESLint and its config (several seconds on a loaded machine).
    }, 60_000);
  }

  it('shipped code names nothing else `z`: the build takes any `z.…()` call for zod’s and may leave it out', async () => {
    const zErrors = async (code: string) => {
      const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, 'lib/cadence/extra.ts') });
      return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
    };
    expect(await zErrors('export function later(d: Date) {\n  const z = new Date(d);\n  z.setDate(z.getDate() + 1);\n  return z;\n}\n')).toBe(1);
    expect(await zErrors('export const names = (list: string[]) => list.map((z) => z.trim());\n')).toBe(1);
    expect(await zErrors("import { config as z } from 'somewhere';\nexport const f = z;\n")).toBe(1);
    expect(await zErrors("import { z } from 'zod/mini';\nexport const S = z.string();\nexport const names = (list: string[]) => list.map((name) => name.trim());\n")).toBe(0);
  }, 60_000);

  it('tests beside shipped code may use test helpers (they are not shipped)', async () => {
    expect(await boundaryErrors('lib/ui/extra.test.ts', "import { benchEscalation } from '../../test/bench/fixtures';\nexport const f = benchEscalation;\n")).toEqual([]);
  });
});

/** Files a module imports for their values (type-only imports do not reach the bundle). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

describe('the page-half rule covers what content scripts import', () => {
  it('every project file reachable from a content script entrypoint is governed by it', async () => {
    const config = (await eslint.calculateConfigForFile(resolve(ROOT, 'lib/content/runner.ts'))) as { rules: Record<string, [string, { policies: { name: string; files: string[] }[] }]> };
    const pageHalf = config.rules['keel/boundaries']![1].policies.find((p) => p.name === 'page half')!.files.map(globToRegExp);
    const entries = readdirSync(resolve(ROOT, 'entrypoints'))
      .filter((name) => name.endsWith('.content'))
      .map((name) => `entrypoints/${name}/index.ts`);
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of valueImports(resolve(ROOT, file))) {
        const target = importTarget(specifier, resolve(ROOT, file), ROOT);
        if (target.kind === 'file') queue.push(target.path);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    const ungoverned = [...seen].filter((file) => !pageHalf.some((re) => re.test(file)));
    expect(ungoverned).toEqual([]);
  });
});
