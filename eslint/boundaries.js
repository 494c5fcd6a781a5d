/**
 * `keel/boundaries`: which code may import what. One rule with every policy in its options, so
 * that the policies compose (several may govern one file; with `no-restricted-imports` in flat
 * config, the last matching block would replace the others). Each import is resolved before it
 * is matched: a relative or `@/` import becomes its repository path (`lib/db/open.ts`), a
 * package stays its name (`react`, `zod/mini`), so `../db/open` and `@/lib/db/open` are the
 * same import.
 *
 * Policy: { name, files: globs, ignores?: globs, forbid: [{ pattern, typeOnlyAllowed?, except? }], message }
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** Glob → RegExp: `**` any depth, `*` within a segment, `{a,b}` alternatives. */
export function globToRegExp(glob) {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '{') out += '(?:';
    else if (ch === '}') out += ')';
    else if (ch === ',') out += '|';
    else out += /[.+^$()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
  }
  return new RegExp(`^${out}$`);
}

const matcher = (globs) => {
  const res = (globs ?? []).map(globToRegExp);
  return (path) => res.some((re) => re.test(path));
};

const ALIASES = ['@/', '~/', '@@/', '~~/'];
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx'];

/** The repository path an import points to (`lib/db/open.ts`), or the package name for a package. */
export function importTarget(specifier, fromFile, root) {
  const alias = ALIASES.find((prefix) => specifier.startsWith(prefix));
  let absolute = null;
  if (alias) absolute = resolve(root, specifier.slice(alias.length));
  else if (specifier.startsWith('.') || isAbsolute(specifier)) absolute = resolve(dirname(fromFile), specifier);
  if (absolute === null) return { kind: 'package', path: specifier };
  const found = [absolute, ...EXTENSIONS.map((ext) => absolute + ext)].find((p) => existsSync(p) && statSync(p).isFile());
  return { kind: 'file', path: relative(root, found ?? absolute).split('\\').join('/') };
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Keel's import boundaries: pure engines, the page half, components, shipped code" },
    schema: [
      {
        type: 'object',
        properties: {
          policies: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                files: { type: 'array', items: { type: 'string' } },
                ignores: { type: 'array', items: { type: 'string' } },
                message: { type: 'string' },
                forbid: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      pattern: { type: 'string' },
                      typeOnlyAllowed: { type: 'boolean' },
                      except: { type: 'array', items: { type: 'string' } },
                    },
                    required: ['pattern'],
                    additionalProperties: false,
                  },
                },
              },
              required: ['name', 'files', 'forbid', 'message'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: { forbidden: '{{policy}}: "{{specifier}}" is not allowed here. {{message}}' },
  },
  create(context) {
    const root = context.cwd;
    const file = relative(root, context.filename).split('\\').join('/');
    const policies = (context.options[0]?.policies ?? [])
      .filter((policy) => matcher(policy.files)(file) && !matcher(policy.ignores)(file))
      .map((policy) => ({ ...policy, rules: policy.forbid.map((f) => ({ ...f, test: globToRegExp(f.pattern), except: matcher(f.except) })) }));
    if (policies.length === 0) return {};

    const check = (node, source, typeOnly) => {
      if (!source || typeof source.value !== 'string') return;
      const target = importTarget(source.value, context.filename, root);
      for (const policy of policies) {
        const hit = policy.rules.find((r) => r.test.test(target.path) && !r.except(target.path) && !(typeOnly && r.typeOnlyAllowed));
        if (hit) context.report({ node: source, messageId: 'forbidden', data: { policy: policy.name, specifier: source.value, message: policy.message } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument, true),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0], false);
      },
    };
  },
};

export default { rules: { boundaries } };
