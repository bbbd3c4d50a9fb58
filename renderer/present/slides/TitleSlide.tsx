import type { Workshop } from '../../../shared/schema/workshop';

/** The opening slide: the workshop's title, company, date and facilitator. */
export function TitleSlide({ workshop }: { workshop: Workshop }) {
  const date = new Date(`${workshop.date}T12:00:00`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (
    <div className="slide slide-title-page">
      <p className="slide-section">Sales and Marketing alignment workshop</p>
      <h1 className="title-page-heading" style={workshop.title.length > 60 ? { fontSize: 64 } : undefined}>
        {workshop.title}
      </h1>
      <p className="title-page-company">{workshop.company}</p>
      <p className="title-page-meta">
        {date}
        {workshop.facilitator ? ` · facilitated by ${workshop.facilitator}` : ''}
      </p>
      <p className="title-page-teams">{workshop.teams.map((t) => t.name).join(' · ')}</p>
    </div>
  );
}
