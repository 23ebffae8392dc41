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

/** The rows a virtualized list must render for the current scroll position. */
export function computeWindow(viewport: ListViewport): RenderWindow {
  // Placeholder: renders everything, which is what virtualization avoids.
  const { itemCount, itemHeight } = viewport;
  return { start: 0, end: itemCount, visibleStart: 0, visibleEnd: itemCount, offsetTop: 0, totalHeight: itemCount * itemHeight };
}
