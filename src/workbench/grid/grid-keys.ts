/** Where a key moves the selection: arrows, Tab and Enter, as in Excel. */
export function moveFor(key: string, shift: boolean): [number, number] | undefined {
  switch (key) {
    case "ArrowUp":
      return [-1, 0];
    case "ArrowDown":
      return [1, 0];
    case "ArrowLeft":
      return [0, -1];
    case "ArrowRight":
      return [0, 1];
    case "Tab":
      return shift ? [0, -1] : [0, 1];
    case "Enter":
      return shift ? [-1, 0] : [1, 0];
    default:
      return undefined;
  }
}

/** A key that starts typing into the selected cell, replacing what is there. */
export function startsTyping(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}
