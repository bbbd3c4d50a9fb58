import type { Suggestion } from '../../shared/domain/sla/suggestions';

const KIND_WORD = {
  study: 'Published finding',
  method: 'From the method (seeds)',
  'starting point': 'A starting point',
};

/** A suggestion beside a field, with its source; the room takes it with a click, it is never filled in by itself. */
export function SuggestionNote({ suggestion, onUse }: { suggestion: Suggestion; onUse?: () => void }) {
  return (
    <details className="suggestion">
      <summary>
        Suggested: {suggestion.text} <span className="muted">({KIND_WORD[suggestion.kind]})</span>
      </summary>
      <p>{suggestion.source}</p>
      {onUse && (
        <button type="button" onClick={onUse}>
          Use {suggestion.text}
        </button>
      )}
    </details>
  );
}
