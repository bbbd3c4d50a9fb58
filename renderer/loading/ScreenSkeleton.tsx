/**
 * What shows while a screen's code loads for the first time: the page's own background, and only if the load
 * takes longer than a moment a thin progress line (CSS delays it), so a quick load shows no change at all.
 */
export function ScreenSkeleton() {
  return (
    <main className="screen-loading" aria-busy="true" aria-label="Loading">
      <div className="screen-loading-bar" />
    </main>
  );
}
