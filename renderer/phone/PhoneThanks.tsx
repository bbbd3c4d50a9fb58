import type { ReactNode } from 'react';

/** The end of the survey on a phone: stored on the laptop, nothing more to do. `again`: met on a later visit. */
export function PhoneThanks({
  again = false,
  title,
  lead,
  children,
}: {
  again?: boolean;
  title?: string;
  lead?: string;
  children?: ReactNode;
}) {
  return (
    <main className="kiosk phone">
      <section className="kiosk-card kiosk-thanks" aria-labelledby="phone-thanks-title" data-testid="phone-thanks">
        <div className="kiosk-check" aria-hidden="true">
          ✓
        </div>
        <h1 id="phone-thanks-title">
          {title ?? (again ? 'You have answered on this phone' : 'Thank you! Your answers are saved.')}
        </h1>
        <p className="kiosk-lead">
          {lead ??
            (again
              ? 'This phone has sent its answers to this survey already.'
              : 'They are stored on the facilitator’s laptop. You can close this page.')}
        </p>
        <p className="kiosk-hint">
          This phone only remembers that it has answered, so nothing is sent twice by accident; it keeps no answers.
        </p>
        {children}
      </section>
    </main>
  );
}
