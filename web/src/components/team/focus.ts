/**
 * After an item moved to `index`, keeps the focus on its move button in the same direction (or
 * the other one, at an end, where that button is disabled), so the keyboard can keep moving it.
 * The buttons' ids are `${prefix}-${index}-up` and `${prefix}-${index}-down`.
 */
export function focusMoved(prefix: string, index: number, by: number): void {
  requestAnimationFrame(() => {
    const same = document.getElementById(`${prefix}-${index}-${by < 0 ? "up" : "down"}`);
    const other = document.getElementById(`${prefix}-${index}-${by < 0 ? "down" : "up"}`);
    const usable = (el: HTMLElement | null) => el instanceof HTMLButtonElement && !el.disabled;
    (usable(same) ? same : other)?.focus();
  });
}
