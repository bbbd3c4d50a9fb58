/** The visible warning before an abandoned survey is discarded. Any key or touch keeps it. */
export function IdleWarning({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  return (
    <div
      className="kiosk-idle"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="kiosk-idle-title"
      aria-describedby="kiosk-idle-text"
    >
      <div className="kiosk-idle-box">
        <h2 id="kiosk-idle-title">Are you still there?</h2>
        <p id="kiosk-idle-text">
          To protect your privacy, these answers will be cleared in <strong>{secondsLeft}</strong> s.
        </p>
        <button type="button" className="primary kiosk-big" onClick={onStay} autoFocus>
          I’m still here
        </button>
      </div>
    </div>
  );
}
