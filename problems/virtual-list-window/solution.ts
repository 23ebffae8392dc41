export interface ListViewport {
  itemCount: number;
  itemHeight: number;
  viewportHeight: number;
  scrollTop: number;
  overscan: number;
  /** Space above the first row inside the scroll container (a header). Default 0. */
  paddingTop?: number;
}

export interface RenderWindow {
  /** Rows to render: [start, end). */
  start: number;
  end: number;
  /** Rows actually on screen: [visibleStart, visibleEnd). */
  visibleStart: number;
  visibleEnd: number;
  /** Where to position the first rendered row. */
  offsetTop: number;
  /** Height of the scrollable content. */
  totalHeight: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
const isNonNegativeInteger = (n: number) => Number.isInteger(n) && n >= 0;

/** The rows a virtualized list must render for the current scroll position. */
export function computeWindow(viewport: ListViewport): RenderWindow {
  const { itemCount, itemHeight, viewportHeight, scrollTop, overscan, paddingTop = 0 } = viewport;
  if (!isNonNegativeInteger(itemCount) || !isNonNegativeInteger(overscan) || !isNonNegativeInteger(paddingTop)) {
    throw new RangeError("itemCount, overscan and paddingTop must be non-negative integers");
  }
  if (!(Number.isInteger(itemHeight) && itemHeight > 0) || !(Number.isInteger(viewportHeight) && viewportHeight > 0)) {
    throw new RangeError("itemHeight and viewportHeight must be positive integers");
  }
  if (!Number.isFinite(scrollTop)) throw new RangeError(`scrollTop must be finite, got ${scrollTop}`);

  const totalHeight = paddingTop + itemCount * itemHeight;
  // Overscroll (rubber-banding) and a stale scrollTop after the list shrank are both clamped.
  const top = clamp(scrollTop, 0, Math.max(0, totalHeight - viewportHeight));
  // Row i spans [paddingTop + i*h, paddingTop + (i+1)*h); it is visible if it overlaps [top, top + viewportHeight).
  const visibleStart = clamp(Math.floor((top - paddingTop) / itemHeight), 0, itemCount);
  const visibleEnd = clamp(Math.ceil((top + viewportHeight - paddingTop) / itemHeight), visibleStart, itemCount);
  const start = Math.max(0, visibleStart - overscan);
  const end = Math.min(itemCount, visibleEnd + overscan);
  return { start, end, visibleStart, visibleEnd, offsetTop: paddingTop + start * itemHeight, totalHeight };
}
