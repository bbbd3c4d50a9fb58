/**
 * A ref that gives its element the focus once the screen it opens with is drawn: what `autoFocus` does, without
 * making the browser work out the styles of a screen that is still being put together (a forced style and
 * layout pass) and without scrolling to it, so the top of the screen (its heading, what it says) stays in view.
 * Nothing is taken from an element the person has focused meanwhile.
 */
export function focusOnMount(element: HTMLElement | null): void {
  if (!element) return;
  requestAnimationFrame(() => {
    const current = document.activeElement;
    if (element.isConnected && (current === null || current === document.body)) element.focus({ preventScroll: true });
  });
}
