/**
 * Plain data copied and compared (the memo of `assess()` and `assessStored()`). Plain data is what a JSON
 * value parses to: objects whose prototype is Object.prototype or null, arrays, and primitives. The memo keeps a
 * private copy of every input it used and reuses a result only when the new input is the same data as that copy,
 * so a caller that changes an input in place (or passes a new object with the same content) is seen either way.
 */

/** What `copyPlain` returns for a value that is not plain data (a Date, a Map, a class instance, a function, a cycle). */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/** A copied object: its keys in enumeration order and their values' copies (arrays are copied as arrays). */
class Copied {
  constructor(
    readonly keys: string[],
    readonly values: unknown[]
  ) {}
}

const OBJECT_PROTOTYPE = Object.prototype;
/** Deeper than any record the schemas accept; a deeper value (or a cycle) is not memoised. */
const MAX_DEPTH = 32;

function isPlainObject(v: object): boolean {
  const p: unknown = Object.getPrototypeOf(v);
  return p === OBJECT_PROTOTYPE || p === null;
}

function copy(v: unknown, depth: number): unknown {
  if (typeof v === 'function') return NOT_PLAIN;
  if (typeof v !== 'object' || v === null) return v;
  if (depth > MAX_DEPTH) return NOT_PLAIN;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = copy(v[i], depth + 1);
      if (c === NOT_PLAIN) return NOT_PLAIN;
      out[i] = c;
    }
    return out;
  }
  if (!isPlainObject(v)) return NOT_PLAIN;
  // Object.keys is for-in's order for a plain object (no enumerable keys inherited), and exactly sized: arrays grown
  // by push keep spare room, which the memo would hold for every object of every input it keeps.
  const keys = Object.keys(v);
  const values = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const c = copy((v as Record<string, unknown>)[keys[i] as string], depth + 1);
    if (c === NOT_PLAIN) return NOT_PLAIN;
    values[i] = c;
  }
  return new Copied(keys, values);
}

/** A deep copy of plain data that shares nothing with `value`, or NOT_PLAIN. Only `samePlain` reads it. */
export function copyPlain(value: unknown): unknown {
  return copy(value, 0);
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * True when `value` is the same data as `copy`: a copy made by `copyPlain`, or a value the engine owns and never
 * changes (compared by identity first). Same data: the same keys (a key holding undefined is not a missing key),
 * the same primitives (`Object.is`: NaN is NaN, -0 is not 0), the same array lengths; anything that is not plain
 * data is never the same. Against a copy, an object's keys must also come in the same order (a different order is
 * a miss, never a wrong hit).
 */
export function samePlain(value: unknown, copy: unknown): boolean {
  if (typeof value !== 'object' || value === null) return Object.is(value, copy);
  if (value === copy) return true;
  if (typeof copy !== 'object' || copy === null) return false;
  if (Array.isArray(value)) {
    if (!Array.isArray(copy) || value.length !== copy.length) return false;
    for (let i = 0; i < value.length; i++) if (!samePlain(value[i], copy[i])) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  const v = value as Record<string, unknown>;
  if (copy instanceof Copied) {
    const { keys, values } = copy;
    let n = 0;
    for (const k in v) {
      if (keys[n] !== k || !samePlain(v[k], values[n])) return false;
      n++;
    }
    return n === keys.length;
  }
  // An owned value (a plain object the engine made) that is not this object.
  if (Array.isArray(copy) || !isPlainObject(copy)) return false;
  const c = copy as Record<string, unknown>;
  let n = 0;
  for (const k in v) {
    n++;
    const x = v[k];
    if (x === undefined && !hasOwn.call(c, k)) return false;
    if (!samePlain(x, c[k])) return false;
  }
  for (const _ in c) n--;
  return n === 0;
}
