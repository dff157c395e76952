/** Characters XML 1.0 does not allow at all, even escaped (control characters other than tab and newlines). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

// eslint-disable-next-line no-control-regex
const ANY_SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const ANY_ATTRIBUTE_SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes for element text; with `attribute`, quotes too. Apostrophes stay as Excel writes them. */
export function escapeXml(text: string, attribute = false): string {
  // Most cells have nothing to escape: one test, no copies.
  if (!(attribute ? ANY_ATTRIBUTE_SPECIAL : ANY_SPECIAL).test(text)) return text;
  const special = attribute ? /[&<>"']/g : /[&<>]/g;
  return text.replace(NOT_XML, "").replace(special, (ch) => ESCAPES[ch]);
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => {
      const map: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
      return map[name];
    });
}

/** The attributes of one start tag: `name="KAM_Tiers" hidden="1"` → { name: "KAM_Tiers", hidden: "1" }. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    out[m[1]] = unescapeXml(m[3] ?? m[4] ?? "");
  return out;
}
