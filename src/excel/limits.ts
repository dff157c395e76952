/*
 * How much one request may carry. Excel on the web refuses requests and responses over 5 MB and reads
 * over five million cells (learn.microsoft.com: "Resource limits and performance optimization for
 * Office Add-ins"); desktop Excel is more lenient, but the same add-in runs in both. We aim well under.
 */

/** What one write request is planned to carry at most, measured as JSON in UTF-8. */
export const WRITE_BUDGET_BYTES = 2_000_000;

/** What one read is planned to return at most, and how many cells. */
export const READ_BUDGET_BYTES = 2_000_000;
export const READ_BUDGET_CELLS = 1_000_000;

/** Bytes of a string in UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // 2 bytes below U+0800, 3 above; a surrogate pair (2 units) is 4 bytes, so 1 extra per unit.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** The size of a value in a request: its JSON in UTF-8. */
export function jsonSize(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
