/** "#2E7D32" (the specs' colours) → "FF2E7D32" (ExcelJS's opaque ARGB). */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex : `FF${hex.padStart(6, "0")}`;
}
