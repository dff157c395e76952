/** Bytes of a string in UTF-8, without allocating an encoded copy. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The size of a value as it travels in a request or response: its JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Bytes(JSON.stringify(value));
}

/**
 * What one queued action costs in the request besides its arguments: Office.js sends an action id,
 * the object path and the property or method name (roughly {"Ac":…,"Id":…,"O":…,"Name":"Values","Args":…}).
 */
export const ACTION_OVERHEAD = 64;

export function actionBytes(name: string, args: unknown): number {
  return ACTION_OVERHEAD + name.length + jsonBytes(args);
}
