/** What a new facilitator sees first: what Tandem does and the one thing to do now. */
export function EmptyLibrary({ onCreate }: { onCreate: () => void }) {
  return (
    <section className="empty-library card" aria-labelledby="empty-title">
      <h2 id="empty-title">Start your first workshop</h2>
      <p>Tandem helps you run a Sales and Marketing alignment workshop from one laptop, even without a network:</p>
      <ol>
        <li>Create the workshop: the company, a title, the date and the teams taking part.</li>
        <li>Set the shared revenue goal and review the agenda and the survey.</li>
        <li>Let participants answer the anonymous survey on this laptop, one after another.</li>
        <li>Show the results, draw the shared funnel together, and leave with actions and a draft SLA.</li>
      </ol>
      <button type="button" className="primary big" onClick={onCreate}>
        Create your first workshop
      </button>
      <p className="muted">Have a backup from another laptop? Use “Import backup…” above.</p>
    </section>
  );
}
