/** How far the participant is, as a bar and in words. */
export function ProgressBar({ step, total }: { step: number; total: number }) {
  const percent = Math.round((Math.min(step, total) / total) * 100);
  return (
    <div className="kiosk-progress">
      <div
        className="kiosk-progress-track"
        role="progressbar"
        aria-label="Progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`Step ${step} of ${total}`}
      >
        <div className="kiosk-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="kiosk-progress-text">
        Step {step} of {total}
      </span>
    </div>
  );
}
