import { type RefObject, useEffect, useState } from "react";

export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The scroll position and size of a scrolling element, updated as the user scrolls or resizes. */
export function useViewport(ref: RefObject<HTMLElement | null>): Viewport {
  const [view, setView] = useState<Viewport>({ left: 0, top: 0, width: 800, height: 600 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = () =>
      setView({
        left: element.scrollLeft,
        top: element.scrollTop,
        width: element.clientWidth,
        height: element.clientHeight,
      });
    update();
    element.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [ref]);
  return view;
}
