/**
 * zod's parse of data that is valid, without zod's per-node bookkeeping: the cold path of `assess()` parses every
 * asset record, and jitless zod (zod-config.ts) spends most of that time allocating a payload and an issue list per
 * field and calling through its wrappers.
 *
 * The rule that keeps it safe: this path only ever says "valid, and here is exactly what zod would return", or
 * "don't know". Anything it does not recognise, and every value some check refuses, goes to zod's own `safeParse`,
 * which alone produces errors, their paths and messages. It reads the schema zod built (`_zod.def`): numeric bounds,
 * lengths and trims run inline from the values zod stored (a length may be refused where zod, counting code points,
 * would accept: that only sends the record to zod), every other check runs zod's own code (`_zod.check`: formats,
 * refinements and superRefinements as written). What it re-does is the plumbing: object keys, optional, default,
 * nullable, arrays, pipes, and the primitive type tests. Node kinds it does not compile (unions, records, literals,
 * transforms, lazy schemas, …) are handed to zod's own `_zod.run` for that node, so they parse exactly as zod does.
 *
 * Tested against zod itself (fast-parse.test.ts): on valid records, on every field made invalid, and on random
 * values, the fast path either returns zod's own output or defers to it.
 */
import type { z } from 'zod';

/** "Not known valid": the caller asks zod. */
const FAIL: unique symbol = Symbol('fast-parse: defer to zod');
type Parse = (value: unknown) => unknown;

/** The parts of zod's internals this reads (zod 4's documented `_zod` surface for library authors). */
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Check {
  _zod: { def: { check?: string; when?: (p: Payload) => boolean }; check: (p: Payload) => unknown };
}
interface Node {
  _zod: {
    def: {
      type: string;
      checks?: Check[];
      coerce?: boolean;
      shape?: Record<string, Node>;
      catchall?: unknown;
      element?: Node;
      innerType?: Node;
      in?: Node;
      out?: Node;
      defaultValue?: unknown;
    };
    traits: Set<string>;
    optin?: 'optional' | 'defaulted';
    optout?: 'optional';
    values?: Set<unknown>;
    run: (p: Payload, ctx: { async: false }) => Payload | Promise<Payload>;
  };
}

const CTX = { async: false } as const;

/** A node zod parses itself: its value when it found no issue, otherwise FAIL. */
function delegated(node: Node): Parse {
  return (value) => {
    const r = node._zod.run({ value, issues: [] }, CTX);
    if (r instanceof Promise || r.issues.length > 0) return FAIL;
    return r.value;
  };
}

// The built-in checks read `payload.value` and push to `payload.issues` (an overwrite, `.trim()`, sets the value);
// they never parse, so they can share one payload instead of one each. Refinements get their own: they run the
// schema author's code, which could parse again.
const BUILT_IN = new Set([
  'less_than',
  'greater_than',
  'multiple_of',
  'number_format',
  'max_length',
  'min_length',
  'length_equals',
  'max_size',
  'min_size',
  'size_equals',
  'string_format',
  'overwrite'
]);
const scratch: Payload = { value: undefined, issues: [] };

/** One check run by zod's own code, as its `runChecks` runs it on a value with no issue: the value, or FAIL. */
function viaZod(ch: Check): Parse {
  const shared = BUILT_IN.has(ch._zod.def.check ?? '');
  const when = ch._zod.def.when;
  return (value) => {
    // The scratch payload's issue list is empty here: a refusal empties it before returning.
    const p = shared ? scratch : { value, issues: [] };
    p.value = value;
    if (when && !when(p)) return value;
    const r = ch._zod.check(p);
    const out = p.value;
    if (shared) scratch.value = undefined;
    if (r instanceof Promise || p.issues.length > 0) {
      if (p.issues.length > 0) p.issues.length = 0;
      return FAIL;
    }
    return out;
  };
}

interface CheckDef {
  check?: string;
  when?: unknown;
  value?: unknown;
  inclusive?: boolean;
  maximum?: number;
  minimum?: number;
  tx?: (v: unknown) => unknown;
}

/**
 * One check as a step: the most common built-in ones inline (bounds, lengths, trims), the rest through zod. An
 * inline step may refuse more than zod does (a string longer in UTF-16 units than in code points, which zod counts),
 * never less: a refusal only sends the record to zod, which decides.
 */
function step(ch: Check): Parse {
  const def = ch._zod.def as CheckDef;
  switch (def.check) {
    case 'less_than':
    case 'greater_than': {
      const lim = def.value;
      if (typeof lim !== 'number') break;
      const max = def.check === 'less_than';
      if (def.inclusive)
        return max ? (v) => ((v as number) <= lim ? v : FAIL) : (v) => ((v as number) >= lim ? v : FAIL);
      return max ? (v) => ((v as number) < lim ? v : FAIL) : (v) => ((v as number) > lim ? v : FAIL);
    }
    // Skipped for a value without a length, as zod's default `when` skips it.
    case 'max_length': {
      const max = def.maximum as number;
      return (v) => (hasNoLength(v) || (v as { length: number }).length <= max ? v : FAIL);
    }
    case 'min_length': {
      const min = def.minimum as number;
      const exact = viaZod(ch);
      return (v) => {
        if (hasNoLength(v)) return v;
        const n = (v as { length: number }).length;
        if (n < min) return FAIL;
        // Fewer than twice the floor in UTF-16 units may be fewer code points than the floor: zod counts them.
        return typeof v !== 'string' || n >= 2 * min ? v : exact(v);
      };
    }
    case 'overwrite': {
      const tx = def.tx;
      if (def.when !== undefined || !tx) break;
      return (v) => tx(v);
    }
  }
  return viaZod(ch);
}

function hasNoLength(v: unknown): boolean {
  return v === null || v === undefined || (v as { length?: unknown }).length === undefined;
}

/** Runs `checks` on a parsed value, in order, as zod's `runChecks` does for a value with no issue. */
function checked(checks: readonly Check[], parse: Parse): Parse {
  if (checks.length === 0) return parse;
  const steps = checks.map(step);
  return (input) => {
    let value = parse(input);
    for (let i = 0; i < steps.length && value !== FAIL; i++) value = (steps[i] as Parse)(value);
    return value;
  };
}

function checksOf(node: Node): Check[] {
  const own = node._zod.def.checks ?? [];
  return node._zod.traits.has('$ZodCheck') ? [node as unknown as Check, ...own] : [...own];
}

const compiled = new WeakMap<object, Parse>();

function compile(node: Node): Parse {
  let parse = compiled.get(node);
  if (parse === undefined) {
    parse = build(node);
    compiled.set(node, parse);
  }
  return parse;
}

function build(node: Node): Parse {
  const def = node._zod.def;
  const checks = checksOf(node);
  switch (def.type) {
    case 'string':
      if (def.coerce) return delegated(node);
      return checked(checks, (v) => (typeof v === 'string' ? v : FAIL));
    case 'number':
      if (def.coerce) return delegated(node);
      return checked(checks, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL));
    case 'boolean':
      if (def.coerce) return delegated(node);
      return checked(checks, (v) => (typeof v === 'boolean' ? v : FAIL));
    case 'enum': {
      const values = node._zod.values;
      if (!values) return delegated(node);
      return checked(checks, (v) => (values.has(v) ? v : FAIL));
    }
    case 'optional': {
      const inner = def.innerType as Node;
      // An optional around a default substitutes for absence; zod handles that rare nesting itself.
      if (inner._zod.optin === 'defaulted') return delegated(node);
      const parseInner = compile(inner);
      return checked(checks, (v) => (v === undefined ? undefined : parseInner(v)));
    }
    case 'nullable': {
      const parseInner = compile(def.innerType as Node);
      return checked(checks, (v) => (v === null ? null : parseInner(v)));
    }
    case 'default': {
      const parseInner = compile(def.innerType as Node);
      return checked(checks, (v) => {
        // zod returns the default for undefined without parsing it (and reads `defaultValue` afresh: a copy).
        if (v === undefined) return def.defaultValue;
        const r = parseInner(v);
        return r === undefined ? def.defaultValue : r;
      });
    }
    case 'pipe': {
      const left = compile(def.in as Node);
      const right = compile(def.out as Node);
      return checked(checks, (v) => {
        const l = left(v);
        return l === FAIL ? FAIL : right(l);
      });
    }
    case 'array': {
      const element = compile(def.element as Node);
      return checked(checks, (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        return out;
      });
    }
    case 'object':
      return object(node, checks);
    default:
      return delegated(node);
  }
}

interface Field {
  key: string;
  parse: Parse;
  optin: 'optional' | 'defaulted' | undefined;
  optout: 'optional' | undefined;
}

/**
 * zod's object parse (`$ZodObject` with `handlePropertyResult`) for a value without issues: the shape's keys in
 * order, unknown keys dropped, an absent optional key left out, an absent defaulted key filled.
 */
function object(node: Node, checks: Check[]): Parse {
  const shape = node._zod.def.shape;
  if (!shape || node._zod.def.catchall !== undefined || Object.getOwnPropertySymbols(shape).length > 0)
    return delegated(node);
  let fields: Field[] | null = null;
  // Fields compile on first use: a shape may refer to schemas defined after it.
  const fieldsOf = (): Field[] =>
    (fields ??= Object.keys(shape)
      .filter((key) => key !== '__proto__')
      .map((key) => {
        const el = shape[key] as Node;
        return { key, parse: compile(el), optin: el._zod.optin, optout: el._zod.optout };
      }));
  return checked(checks, (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const f of fieldsOf()) {
      const present = f.key in input;
      if (!present && f.optout === 'optional' && f.optin === 'optional') continue;
      const r = f.parse(input[f.key]);
      if (r === FAIL) {
        // zod ignores an issue of an absent key the schema lets be absent.
        if (!present && f.optin !== undefined && f.optout === 'optional') continue;
        return FAIL;
      }
      if (!present && f.optin === undefined) return FAIL;
      if (r === undefined) {
        if (present || (f.optin === 'defaulted' && f.optout !== 'optional')) out[f.key] = undefined;
      } else out[f.key] = r;
    }
    return out;
  });
}

/**
 * `schema.safeParse(value)`, through the fast path when it knows the value is valid: the same success value zod
 * returns (new objects and arrays, as zod makes them: nothing mutable shared with `value` unless the schema has a
 * `z.any()` or `z.unknown()`, which pass their input through in zod too), or zod's own result, errors and all.
 */
export function safeParseFast<T extends z.ZodType>(
  schema: T,
  value: unknown
): z.ZodSafeParseResult<z.output<T>> {
  const data = compile(schema as unknown as Node)(value);
  if (data !== FAIL) return { success: true, data: data as z.output<T> } as z.ZodSafeParseResult<z.output<T>>;
  return schema.safeParse(value) as z.ZodSafeParseResult<z.output<T>>;
}

/** `schema.parse(value)` with the same fast path: zod throws its own error for a value it refuses. */
export function parseFast<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const data = compile(schema as unknown as Node)(value);
  return data !== FAIL ? (data as z.output<T>) : (schema.parse(value) as z.output<T>);
}
