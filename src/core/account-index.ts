/**
 * Accounts by name, names compared as `accountKey` compares them (trimmed, then lower-cased), without
 * building a lower-cased copy of every name or a Map of a million strings: a hash of the names' folded
 * characters in an open-addressing table of integers. KAM.TIERS over a million rows spent most of its
 * time and garbage on those copies and that Map.
 *
 * Names of ASCII characters only (most) are folded A–Z → a–z as they are hashed and compared. Any other
 * name is hashed and compared through `toLowerCase()`, exactly as accountKey does, so the two ways
 * agree even where a non-ASCII letter lower-cases to an ASCII one (the Kelvin sign K becomes k).
 */
export class AccountIndex {
  /** Each account's name as first written (already trimmed by the caller). */
  readonly names: string[] = [];
  private hashes: Int32Array;
  private ascii: Uint8Array;
  /** Slot → account number + 1; 0 is an empty slot. */
  private table: Int32Array;
  private mask: number;

  /** `expected`: how many names may come, so that the table seldom has to grow. */
  constructor(expected = 16) {
    let size = 16;
    while (size < 2 * expected) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = new Int32Array(Math.max(expected, 16));
    this.ascii = new Uint8Array(Math.max(expected, 16));
  }

  /**
   * The account number of a trimmed name, a new one (the next number) when no account has this name
   * yet. The caller tells the two apart by comparing with `names.length` before the call.
   */
  add(name: string): number {
    let hash = FNV_OFFSET;
    let ascii = 1;
    for (let i = 0; i < name.length; i++) {
      let code = name.charCodeAt(i);
      if (code > 127) {
        ascii = 0;
        break;
      }
      if (code >= 65 && code <= 90) code += 32;
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    if (ascii === 0) hash = hashOf(name.toLowerCase());
    const { table, mask, names, hashes } = this;
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot];
      if (entry === 0) break;
      const at = entry - 1;
      if (hashes[at] === hash && this.same(at, name, ascii)) return at;
      slot = (slot + 1) & mask;
    }
    const at = names.length;
    if (at === hashes.length) this.growColumns();
    names.push(name);
    this.hashes[at] = hash;
    this.ascii[at] = ascii;
    table[slot] = at + 1;
    if (2 * names.length > table.length) this.growTable();
    return at;
  }

  private same(at: number, name: string, ascii: number): boolean {
    const other = this.names[at];
    if (ascii === 0 || this.ascii[at] === 0) return other.toLowerCase() === name.toLowerCase();
    if (other.length !== name.length) return false;
    for (let i = 0; i < name.length; i++) {
      let a = name.charCodeAt(i);
      let b = other.charCodeAt(i);
      if (a === b) continue;
      if (a >= 65 && a <= 90) a += 32;
      if (b >= 65 && b <= 90) b += 32;
      if (a !== b) return false;
    }
    return true;
  }

  private growColumns(): void {
    const size = 2 * this.hashes.length;
    const hashes = new Int32Array(size);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const ascii = new Uint8Array(size);
    ascii.set(this.ascii);
    this.ascii = ascii;
  }

  private growTable(): void {
    const table = new Int32Array(2 * this.table.length);
    const mask = table.length - 1;
    for (let at = 0; at < this.names.length; at++) {
      let slot = this.hashes[at] & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = at + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** FNV-1a over the UTF-16 code units; for ASCII text the same as the folding loop above gives. */
function hashOf(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}
