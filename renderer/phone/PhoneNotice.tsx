import type { ReactNode } from 'react';

/** A full-screen message on the phone page (no survey to show). */
export function PhoneNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="kiosk phone">
      <section className="kiosk-card" aria-labelledby="phone-notice-title">
        <h1 id="phone-notice-title">{title}</h1>
        <p className="kiosk-lead">{children}</p>
      </section>
    </main>
  );
}
