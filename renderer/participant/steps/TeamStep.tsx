import { useEffect, useRef, useState } from 'react';
import type { Team } from '../../../shared/schema/team';
import { useStepKeys } from './useStepKeys';
import { focusOnMount } from '../../components/focusOnMount';

interface TeamStepProps {
  teams: Team[];
  team: string | null;
  onChoose: (teamId: string) => void;
  onBack: () => void;
  onNext: () => void;
}

/** Which team the participant belongs to: big choices, keys 1-9, arrows, Enter. */
export function TeamStep({ teams, team, onChoose, onBack, onNext }: TeamStepProps) {
  const [error, setError] = useState<string | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const selected = teams.findIndex((t) => t.id === team);

  // The chosen team (or the first) has the focus when the step opens, without scrolling the heading away.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the step opens
  useEffect(() => focusOnMount(buttons.current[Math.max(0, selected)] ?? null), []);

  function choose(index: number) {
    const t = teams[index];
    if (!t) return;
    onChoose(t.id);
    setError(null);
    // A tap or click has put the focus there already; a key (a digit, an arrow) moves it.
    const button = buttons.current[index];
    if (button && document.activeElement !== button) button.focus();
  }
  function next() {
    if (!team) {
      setError('Please choose your team to continue.');
      buttons.current[0]?.focus();
      return;
    }
    onNext();
  }

  useStepKeys((e) => {
    const digit = Number(e.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= teams.length) {
      choose(digit - 1);
      return true;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
      choose(Math.min(teams.length - 1, selected + 1));
      return true;
    }
    if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      choose(Math.max(0, selected - 1));
      return true;
    }
    if (e.key === 'Enter') {
      next();
      return true;
    }
    return false;
  });

  return (
    <section className="kiosk-card" aria-labelledby="kiosk-team-title">
      <h1 id="kiosk-team-title">Which team are you in?</h1>
      <p className="kiosk-lead">Only your team is stored with your answers, so that teams can be compared.</p>
      <div
        className="kiosk-teams"
        role="radiogroup"
        aria-labelledby="kiosk-team-title"
        aria-describedby="kiosk-team-error"
      >
        {teams.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={t.id === team}
            tabIndex={selected === -1 ? (i === 0 ? 0 : -1) : i === selected ? 0 : -1}
            className={`kiosk-team side-${t.side}`}
            onClick={() => choose(i)}
          >
            <span className="kiosk-key" aria-hidden="true">
              {i + 1}
            </span>
            <span dir="auto">{t.name}</span>
          </button>
        ))}
      </div>
      <p id="kiosk-team-error" className="kiosk-error" role="alert">
        {error}
      </p>
      <div className="kiosk-nav">
        <button type="button" className="kiosk-big" onClick={onBack}>
          Back
        </button>
        <p className="kiosk-hint kiosk-nav-hint">Keys 1–{teams.length} choose, Enter continues.</p>
        <button type="button" className="primary kiosk-big" onClick={next}>
          Continue
        </button>
      </div>
    </section>
  );
}
