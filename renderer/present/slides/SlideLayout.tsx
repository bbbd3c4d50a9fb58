import type { ReactNode } from 'react';

/** The frame of every slide: a small section name, the title, and the body that fills the rest. */
export function SlideLayout({
  section,
  title,
  children,
  className,
}: {
  section: string;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`slide ${className ?? ''}`}>
      <header className="slide-header">
        <p className="slide-section">{section}</p>
        <h1 className="slide-title">{title}</h1>
      </header>
      <div className="slide-body">{children}</div>
    </div>
  );
}
