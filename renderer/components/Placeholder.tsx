/** Shown where a screen is not built yet. */
export function Placeholder({ title }: { title: string }) {
  return (
    <section className="placeholder" aria-label={title}>
      <h2>{title}</h2>
      <p>Coming soon.</p>
    </section>
  );
}
