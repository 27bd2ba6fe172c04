/**
 * A flat binary layout for the router's persisted index (router-index.ts): numeric tables as typed arrays written
 * byte for byte, lists of strings as one block of text and their lengths. At 10,000 groups the index is some
 * 130,000 words and keys, 90,000 texts and 4.5 million postings: as JSON that was an object graph to parse and
 * numbers to print and read back one by one; here a table is one copy and a list of strings one decode and slices.
 *
 * Sections are read back in the order they were written (the writer and the reader are one code path each, side by
 * side in router-index.ts). The machine's byte order is part of the cache key: a file is only read where it was written.
 */
import type { Steps } from "./slices";

/** How a block of text is written: one byte a character, UTF-8, or two bytes a character (what UTF-8 would not keep). */
const ENCODINGS = ["latin1", "utf8", "utf16le"] as const;

const WIDE = /[^\u0000-\u00ff]/;

/** Strings with a character past one byte (the clause texts' dashes and quotes) as UTF-8, unless it would change them (a lone surrogate). */
function wideBlock(text: string): { encoding: number; bytes: Buffer } {
  const utf8 = Buffer.from(text, "utf8");
  return utf8.toString("utf8") === text ? { encoding: 1, bytes: utf8 } : { encoding: 2, bytes: Buffer.from(text, "utf16le") };
}

/** Items between two steps of a long loop (slices.ts: a bot reads and writes the index between its chat turns). */
const STEP = (1 << 16) - 1;

/** Tables start at multiples of this in the payload (the reader then uses them in place: see `IndexReader.table`). */
const ALIGN = 8;

export class IndexWriter {
  private readonly parts: Buffer[] = [];
  private size = 0;

  private push(b: Buffer): void {
    this.parts.push(b);
    this.size += b.length;
  }

  /** A number (a count, a mask): 32 bits, signed. */
  int(n: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(n);
    this.push(b);
  }

  /** A typed array: its length, its bytes (no copy: the writer keeps a view, encoded at write time). */
  table(a: Int32Array | Uint16Array | Uint8Array | Float32Array): void {
    this.int(a.length);
    const pad = (ALIGN - (this.size % ALIGN)) % ALIGN;
    if (pad) this.push(Buffer.alloc(pad));
    this.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }

  /**
   * Floats of few distinct values (the postings' strengths: three, 1, 0.6 and 0.35, at 4.5 million postings) as a byte
   * each and the values; as they are when there are more than 256.
   */
  *floats(a: Float32Array): Steps<void> {
    const values = new Map<number, number>();
    const codes = new Uint8Array(a.length);
    for (let i = 0; i < a.length && values.size <= 256; i++) {
      let c = values.get(a[i]!);
      if (c === undefined) values.set(a[i]!, (c = values.size));
      codes[i] = c;
      if ((i & STEP) === STEP) yield;
    }
    this.int(values.size <= 256 ? 1 : 0);
    if (values.size > 256) return this.table(a);
    this.table(Float32Array.from(values.keys()));
    this.table(codes);
  }

  /**
   * A list of strings as two blocks of text and the lengths: the strings whose characters all fit a byte (words, keys,
   * most texts) in latin1, one byte a character, which reads back as strings of one byte a character, as built; the
   * others in UTF-8.
   */
  *strings(list: readonly string[]): Steps<void> {
    const lengths = new Int32Array(list.length);
    const wide = new Uint8Array(list.length);
    const narrow: string[] = [];
    const rest: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const x = list[i]!;
      lengths[i] = x.length;
      if (WIDE.test(x)) {
        wide[i] = 1;
        rest.push(x);
      } else narrow.push(x);
      if ((i & STEP) === STEP) yield;
    }
    this.table(lengths);
    this.table(wide);
    this.text(0, Buffer.from(narrow.join(""), "latin1"));
    yield;
    const w = wideBlock(rest.join(""));
    this.text(w.encoding, w.bytes);
  }

  private text(encoding: number, bytes: Buffer): void {
    this.int(encoding);
    this.int(bytes.length);
    this.push(bytes);
  }

  /** The parts written so far (views of the tables: write them before the tables change) and their size. */
  done(): { parts: Buffer[]; size: number } {
    return { parts: this.parts, size: this.size };
  }
}

type TableOf<T> = { new (n: number): T; new (buffer: ArrayBuffer, byteOffset: number, length: number): T; readonly BYTES_PER_ELEMENT: number };

export class IndexReader {
  private at = 0;

  constructor(private readonly b: Buffer) {}

  int(): number {
    if (this.at + 4 > this.b.length) throw new Error("index cut short");
    const n = this.b.readInt32LE(this.at);
    this.at += 4;
    return n;
  }

  /**
   * A typed array: a view of the file's bytes where they are aligned for its elements (a file read whole has a buffer
   * of its own, and build-cache.ts pads its header: no copy of some 60 MB of tables), else a copy.
   */
  table<T extends Int32Array | Uint16Array | Uint8Array | Float32Array>(of: TableOf<T>): T {
    const n = this.int();
    this.at += (ALIGN - (this.at % ALIGN)) % ALIGN;
    const bytes = n * of.BYTES_PER_ELEMENT;
    if (n < 0 || this.at + bytes > this.b.length) throw new Error("index cut short");
    const offset = this.b.byteOffset + this.at;
    let a: T;
    if (offset % of.BYTES_PER_ELEMENT === 0) a = new of(this.b.buffer as ArrayBuffer, offset, n);
    else {
      a = new of(n);
      this.b.copy(Buffer.from(a.buffer, a.byteOffset, bytes), 0, this.at, this.at + bytes);
    }
    this.at += bytes;
    return a;
  }

  *floats(): Steps<Float32Array> {
    if (this.int() !== 1) return this.table(Float32Array);
    const values = this.table(Float32Array);
    const codes = this.table(Uint8Array);
    const out = new Float32Array(codes.length);
    for (let i = 0; i < codes.length; i++) {
      out[i] = values[codes[i]!]!;
      if ((i & STEP) === STEP) yield;
    }
    return out;
  }

  *strings(): Steps<string[]> {
    const lengths = this.table(Int32Array);
    const wide = this.table(Uint8Array);
    const narrow = this.text();
    const rest = this.text();
    yield;
    const out = new Array<string>(lengths.length);
    let n = 0;
    let w = 0;
    for (let i = 0; i < lengths.length; i++) {
      out[i] = wide[i] ? rest.slice(w, (w += lengths[i]!)) : narrow.slice(n, (n += lengths[i]!));
      if ((i & STEP) === STEP) yield;
    }
    if (n !== narrow.length || w !== rest.length || wide.length !== lengths.length) throw new Error("index strings do not add up");
    return out;
  }

  private text(): string {
    const encoding = ENCODINGS[this.int()];
    const size = this.int();
    if (!encoding || size < 0 || this.at + size > this.b.length) throw new Error("index cut short");
    const text = this.b.toString(encoding, this.at, this.at + size);
    this.at += size;
    return text;
  }

  /** Every byte was read (a file with more is not what this code wrote). */
  end(): void {
    if (this.at !== this.b.length) throw new Error("index has trailing bytes");
  }
}
