/** A screen's code could not be loaded (a damaged install, a build replaced while running): say so, offer a reload. */
export function LoadProblem({ message }: { message: string }) {
  return (
    <section className="screen" aria-label="Screen not loaded">
      <h1>This screen could not be opened</h1>
      <p role="alert" className="error-text">
        Tandem could not load the code of this screen ({message}). Your work is saved; reloading usually fixes this.
      </p>
      <button type="button" className="primary" onClick={() => location.reload()}>
        Reload
      </button>
    </section>
  );
}
