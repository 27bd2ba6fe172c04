/**
 * A source map's `mappings` read the cheap way, for the few frames a stack trace asks for. Node's
 * module.SourceMap turns the bundle's whole map (~800,000 segments) into objects: ~1.5 s and ~90 MB kept
 * for the life of the process, paid at the first error a log line prints. Here one pass over the text keeps
 * only where each generated line starts and the running state there (4 numbers a line; the bundle has ~1,000
 * lines), and a lookup decodes the one line it needs.
 */
const B64 = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => (B64[c.charCodeAt(0)] = i));

export interface Original {
  source: string;
  line: number; // 0-based, as in the map
  column: number;
}

export class LineMap {
  private readonly starts: number[] = [];
  /** per generated line: source index, original line, original column at its start (deltas carry across lines) */
  private readonly state: Int32Array;
  private pos = 0;

  constructor(private readonly mappings: string, private readonly sources: readonly string[]) {
    const state: number[] = [];
    let src = 0, line = 0, col = 0;
    this.starts.push(0);
    state.push(0, 0, 0);
    for (this.pos = 0; this.pos < mappings.length; ) {
      const c = mappings.charCodeAt(this.pos);
      if (c === 59 /* ; */) {
        this.pos++;
        this.starts.push(this.pos);
        state.push(src, line, col);
      } else if (c === 44 /* , */) {
        this.pos++;
      } else {
        const fields = this.segment();
        if (fields >= 4) (src += this.f[1]), (line += this.f[2]), (col += this.f[3]);
      }
    }
    this.state = Int32Array.from(state);
  }

  /** The original position of generated (line, column), both 0-based; the segment at or before the column. */
  find(genLine: number, genColumn: number): Original | undefined {
    if (genLine < 0 || genLine >= this.starts.length) return undefined;
    let src = this.state[genLine * 3], line = this.state[genLine * 3 + 1], col = this.state[genLine * 3 + 2];
    let gen = 0;
    let found: Original | undefined;
    for (this.pos = this.starts[genLine]; this.pos < this.mappings.length; ) {
      const c = this.mappings.charCodeAt(this.pos);
      if (c === 59) break;
      if (c === 44) {
        this.pos++;
        continue;
      }
      const fields = this.segment();
      gen += this.f[0];
      if (gen > genColumn) break;
      if (fields >= 4) {
        (src += this.f[1]), (line += this.f[2]), (col += this.f[3]);
        found = { source: this.sources[src], line, column: col };
      } else found = undefined; // a segment of generated code with no original
    }
    return found;
  }

  private readonly f = [0, 0, 0, 0, 0];

  /** Decodes one segment at `pos` into `f`; returns its number of fields. */
  private segment(): number {
    let n = 0;
    while (this.pos < this.mappings.length) {
      const c = this.mappings.charCodeAt(this.pos);
      if (c === 44 || c === 59) break;
      let value = 0, shift = 0, digit: number;
      do {
        digit = B64[this.mappings.charCodeAt(this.pos++)];
        if (digit < 0) throw new Error("bad source map");
        value += (digit & 31) * 2 ** shift;
        shift += 5;
      } while (digit & 32);
      if (n < 5) this.f[n] = value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2);
      n++;
    }
    return n;
  }
}
