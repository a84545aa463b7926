// Deterministic JSON for hashing: the same logical value must always give the same bytes, on
// write and years later on verification after a round-trip through PostgreSQL jsonb.

/** Compare strings by Unicode code point (JS `<` compares UTF-16 units, which misorders U+E000–U+FFFF vs astral). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/**
 * Canonical JSON: object keys sorted by code point, no whitespace, arrays in order, `undefined`
 * object members dropped (as JSON.stringify does; `undefined` array elements become null, also as
 * JSON.stringify does, so the text survives a jsonb round-trip). Rejected, because they would not
 * round-trip or are ambiguous: Dates (pass ISO strings), non-finite numbers, bigint, functions,
 * symbols, Maps/Sets/Buffers/class instances, cycles, and a top-level `undefined`.
 */
export function canonicalize(value: unknown): string {
  const seen = new Set<object>();
  const walk = (v: unknown, path: string): string => {
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v); // escapes lone surrogates as \udxxx, so output is always valid UTF-8
      case 'boolean':
        return v ? 'true' : 'false';
      case 'number':
        if (!Number.isFinite(v)) throw new TypeError(`canonicalize: non-finite number at ${path}`);
        return JSON.stringify(v); // -0 → "0"
      case 'object': {
        if (v === null) return 'null';
        if (v instanceof Date) throw new TypeError(`canonicalize: Date at ${path}; pass an ISO string`);
        if (seen.has(v)) throw new TypeError(`canonicalize: cycle at ${path}`);
        seen.add(v);
        let out: string;
        if (Array.isArray(v)) {
          out = `[${Array.from(v, (x, i) => (x === undefined ? 'null' : walk(x, `${path}[${i}]`))).join(',')}]`;
        } else {
          const proto = Object.getPrototypeOf(v);
          if (proto !== Object.prototype && proto !== null) {
            throw new TypeError(`canonicalize: unsupported object at ${path}`);
          }
          const rec = v as Record<string, unknown>;
          const members = Object.keys(rec)
            .filter((k) => rec[k] !== undefined)
            .sort(compareCodePoints)
            .map((k) => `${JSON.stringify(k)}:${walk(rec[k], `${path}.${k}`)}`);
          out = `{${members.join(',')}}`;
        }
        seen.delete(v); // shared (non-cyclic) references are fine
        return out;
      }
      default:
        throw new TypeError(`canonicalize: unsupported ${typeof v} at ${path}`);
    }
  };
  return walk(value, '$');
}
