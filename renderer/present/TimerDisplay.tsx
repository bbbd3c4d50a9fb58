import { useEffect, useRef } from 'react';
import { formatClock, formatMinutes, timerView, type TimerView } from '../../shared/domain/agenda';
import type { Agenda } from '../../shared/schema/agenda';
import { useNow } from './useNow';

const STATE_TEXT: Record<TimerView['state'], string> = {
  idle: 'Not started',
  running: 'Running',
  paused: 'Paused',
  overtime: 'Time is up',
};
const STATE_ICON: Record<TimerView['state'], string> = { idle: '○', running: '▶', paused: '❚❚', overtime: '⚠' };

/** The current item's timer: time left (or over), its state in words and icon, and total time left. */
export function TimerDisplay({ agenda, size = 'large' }: { agenda: Agenda; size?: 'large' | 'small' }) {
  const now = useNow();
  const view = timerView(agenda.items, agenda.timer, now);
  const first = agenda.items[0];
  useTimeUpSound(view.state === 'overtime', agenda.timer.sound, agenda.timer.itemId);
  return (
    <div className={`timer timer-${size} timer-${view.state}`} role="timer" aria-label="Agenda timer">
      <p className="timer-item">
        {view.item ? view.item.title : first ? `Up first: ${first.title}` : 'No agenda items'}
      </p>
      <p className="timer-clock" aria-live="off">
        {view.item ? formatClock(view.remainingMs) : formatClock((first?.minutes ?? 0) * 60_000)}
      </p>
      <p className="timer-state">
        <span aria-hidden="true">{STATE_ICON[view.state]}</span> {STATE_TEXT[view.state]}
        {view.state === 'overtime' ? ` · ${formatClock(view.overMs)} over` : ''}
      </p>
      <p className="timer-total">
        Workshop time left: {formatMinutes(view.totalLeftMs / 60_000)}
        {view.overMs >= 60_000 ? ` · ${formatMinutes(view.overMs / 60_000)} behind plan` : ''}
      </p>
    </div>
  );
}

/** A short beep when the item's time runs out, if the facilitator turned the sound on. */
function useTimeUpSound(overtime: boolean, enabled: boolean, itemId: string | null): void {
  const played = useRef<string | null>(null);
  useEffect(() => {
    if (!overtime || !enabled || played.current === itemId) return;
    played.current = itemId;
    try {
      const ctx = new AudioContext();
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.2, ctx.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.8);
      osc.connect(gain).connect(ctx.destination);
      osc.start();
      osc.stop(ctx.currentTime + 0.8);
      osc.onended = () => void ctx.close();
    } catch {
      // No audio device: the visual state is enough.
    }
  }, [overtime, enabled, itemId]);
}
