/**
 * What Fluent UI v9 needs from a browser that jsdom lacks, and the jest-dom matchers. Every component
 * test imports this first (jest.config.js is shared, so there is no global setup file for the pane).
 */
import "@testing-library/jest-dom";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const win = globalThis as unknown as Record<string, unknown>;
win.ResizeObserver ??= NoResizeObserver;

if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Fluent's positioning and scrolling call these; jsdom has no layout.
if (typeof Element !== "undefined") {
  Element.prototype.scrollIntoView ??= () => undefined;
}
