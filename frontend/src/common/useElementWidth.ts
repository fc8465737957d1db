import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, followed as it changes (a side list opening, the window resized), for
 * layouts that depend on the room a component really has rather than on the screen's breakpoints. Null until
 * measured, and where the browser has no ResizeObserver (the caller falls back to breakpoints then).
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      // Whole pixels: sub-pixel jitter would re-render for nothing.
      if (box) setWidth(Math.round(box.width));
    });
    observer.current.observe(element);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, width];
}
