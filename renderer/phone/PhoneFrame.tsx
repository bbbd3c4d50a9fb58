import type { ReactNode } from 'react';

/** A phone screen with steps: the page's frame and its brand line ("Tandem · anonymous survey"). */
export function PhoneFrame({ brand, children }: { brand: string; children: ReactNode }) {
  return (
    <main className="kiosk phone" data-kiosk-ready="true">
      <header className="kiosk-top">
        <span className="kiosk-brand">{brand}</span>
      </header>
      {children}
    </main>
  );
}
