/**
 * Whether an Excel number format shows a date or a time: a spreadsheet stores 2024-01-05 as the
 * number 45,296, and only the format tells the two apart. Quoted text ("yr"), escaped characters
 * (\x), padding and fill characters (_x, *x) and bracketed parts ([Red], [$¥-804]) are not codes;
 * what is left is a date or time when it has a y, m, d, h or s code (elapsed time, [h]:mm, too).
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  if (/\[(h+|m+|s+)\]/i.test(format)) return true;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/^general$/i.test(codes.trim())) return false;
  return /[ymdhs]/i.test(codes);
}
