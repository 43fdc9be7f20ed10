/**
 * Where a JSON text stops being valid. Browsers word (and place) JSON.parse errors differently, and some give no
 * position at all, so a small scanner finds the first bad character itself.
 */

/** Line and column (1-based) of the first syntax error in `text`, or undefined when the text is valid JSON. */
export function jsonErrorPosition(text: string): { line: number; column: number } | undefined {
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : lineColumn(text, offset);
}

/** Line and column (1-based) of a character offset; a CRLF counts as one line break. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}

/** Offset of the first syntax error, or undefined. */
export function jsonErrorOffset(text: string): number | undefined {
  const s = new Scanner(text);
  try {
    s.ws();
    s.value();
    s.ws();
    if (s.i < text.length) throw new SyntaxAt(s.i);
    return undefined;
  } catch (e) {
    if (e instanceof SyntaxAt) return e.offset;
    throw e;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not contain raw control characters (RFC 8259 §7)
const STRING_CHARS = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

class Scanner {
  i = 0;
  constructor(readonly t: string) {}

  ws(): void {
    while (this.i < this.t.length && ' \t\n\r'.includes(this.t[this.i]!)) this.i++;
  }

  expect(ch: string): void {
    if (this.t[this.i] !== ch) throw new SyntaxAt(this.i);
    this.i++;
  }

  value(): void {
    const c = this.t[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    for (const word of ['true', 'false', 'null']) {
      if (this.t.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    this.match(NUMBER);
  }

  match(re: RegExp): void {
    re.lastIndex = this.i;
    const m = re.exec(this.t);
    if (!m || m[0] === '') throw new SyntaxAt(this.i);
    this.i += m[0].length;
  }

  string(): void {
    this.expect('"');
    STRING_CHARS.lastIndex = this.i;
    this.i += STRING_CHARS.exec(this.t)?.[0].length ?? 0;
    this.expect('"');
  }

  object(): void {
    this.expect('{');
    this.ws();
    if (this.t[this.i] === '}') return void this.i++;
    for (;;) {
      this.ws();
      this.string();
      this.ws();
      this.expect(':');
      this.ws();
      this.value();
      this.ws();
      if (this.t[this.i] === '}') return void this.i++;
      this.expect(',');
    }
  }

  array(): void {
    this.expect('[');
    this.ws();
    if (this.t[this.i] === ']') return void this.i++;
    for (;;) {
      this.ws();
      this.value();
      this.ws();
      if (this.t[this.i] === ']') return void this.i++;
      this.expect(',');
    }
  }
}
