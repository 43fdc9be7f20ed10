/**
 * Two rules about how the app's modules depend on each other, on resolved paths (so `$lib/x`, `../x` and `./x`
 * count the same):
 * - `no-import-cycle`: an import that leads back to the file through other imports, type imports included
 *   (a type-level cycle still ties the files together for a reader and for the compiler). Dynamic `import()` is left
 *   out: it is how a lazy chunk is loaded, and it runs after both modules exist.
 * - `layers`: a layer may import only what its boundary allows (`{ from, allow }`: only these folders;
 *   `{ from, deny }`: not these folders; `except`: files that stay allowed, each with its reason in the config).
 *
 * The other files' imports are read with a regular expression, not parsed: fast enough to run on every file (the
 * graph is read once per ESLint process and re-read when a file changes).
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();
const LIB = path.join(ROOT, 'src/lib');
const EXTENSIONS = ['', '.ts', '.svelte.ts', '.js', '/index.ts', '/index.js'];
const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

/** The file an import names, or null for a package (or a file that does not exist). */
function resolve(from, spec) {
  let base;
  if (spec === '$lib' || spec.startsWith('$lib/')) base = path.join(LIB, spec.slice(5));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** file → { mtime, deps }: each file's static imports, resolved. */
const graph = new Map();

function depsOf(file) {
  let mtime;
  try {
    mtime = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const known = graph.get(file);
  if (known && known.mtime === mtime) return known.deps;
  const deps = [];
  for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT_RE)) {
    const target = resolve(file, m[1]);
    if (target && target !== file && !deps.includes(target)) deps.push(target);
  }
  graph.set(file, { mtime, deps });
  return deps;
}

/** A path of imports from `start` back to `goal` (both included), or null. Breadth first: the shortest one. */
function pathBack(start, goal) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift();
    for (const next of depsOf(file)) {
      if (next === goal) {
        const chain = [goal];
        for (let f = file; f; f = cameFrom.get(f)) chain.unshift(f);
        return chain;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

const rel = (f) => path.relative(ROOT, f);

/** The static import and re-export sources of the file being linted, as AST nodes. */
function onImport(check) {
  const visit = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node, node.source.value);
  };
  return { ImportDeclaration: visit, ExportNamedDeclaration: visit, ExportAllDeclaration: visit };
}

const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow imports that lead back to the importing file' },
    schema: [],
    messages: { cycle: 'Import cycle: {{chain}}. Move what both sides need into a module of its own.' }
  },
  create(context) {
    const file = path.resolve(context.filename);
    return onImport((node, spec) => {
      const target = resolve(file, spec);
      if (!target) return;
      const chain = pathBack(target, file);
      if (chain) {
        context.report({
          node: node.source,
          messageId: 'cycle',
          data: { chain: [file, ...chain].map(rel).join(' → ') }
        });
      }
    });
  }
};

const inside = (file, dir) => {
  const r = path.relative(path.join(ROOT, dir), file);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
};

const layers = {
  meta: {
    type: 'problem',
    docs: { description: "Keep each layer's imports within its boundary" },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            from: { type: 'string' },
            allow: { type: 'array', items: { type: 'string' } },
            deny: { type: 'array', items: { type: 'string' } },
            except: { type: 'array', items: { type: 'string' } },
            message: { type: 'string' }
          },
          required: ['from', 'message'],
          additionalProperties: false
        }
      }
    ],
    messages: { layer: '{{message}} ({{target}})' }
  },
  create(context) {
    const file = path.resolve(context.filename);
    const boundaries = (context.options[0] ?? []).filter((b) => inside(file, b.from));
    if (!boundaries.length) return {};
    return onImport((node, spec) => {
      const target = resolve(file, spec);
      if (!target) return;
      for (const b of boundaries) {
        if ((b.except ?? []).some((e) => target === path.join(ROOT, e))) continue;
        const refused =
          (b.allow && !b.allow.some((d) => inside(target, d))) ||
          (b.deny && b.deny.some((d) => inside(target, d)));
        if (refused)
          context.report({
            node: node.source,
            messageId: 'layer',
            data: { message: b.message, target: rel(target) }
          });
      }
    });
  }
};

export default { meta: { name: 'architecture' }, rules: { 'no-import-cycle': noImportCycle, layers } };
