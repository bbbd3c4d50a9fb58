import { useState } from 'react';
import { isJoinCodeShape, JOIN_CODE_LENGTH, normalizeJoinCode } from '../../shared/domain/phones/joinCode';

/** Asks for the join code shown on the projector (when the address was typed, or the code was wrong). */
export function JoinCodeForm({ problem, onJoin }: { problem: string | null; onJoin: (code: string) => void }) {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const shown = message ?? problem;
  return (
    <main className="kiosk phone">
      <section className="kiosk-card" aria-labelledby="phone-join-title">
        <h1 id="phone-join-title">Join the survey</h1>
        <p className="kiosk-lead">Type the join code shown on the projector or the handout.</p>
        <form
          autoComplete="off"
          onSubmit={(e) => {
            e.preventDefault();
            const code = normalizeJoinCode(typed);
            if (!isJoinCodeShape(code)) {
              setMessage(`A join code has ${JOIN_CODE_LENGTH} letters and digits, such as K7M 4QP.`);
              return;
            }
            setMessage(null);
            onJoin(code);
          }}
        >
          <div className="field">
            <label htmlFor="phone-join-code">Join code</label>
            <input
              id="phone-join-code"
              className="phone-code-input"
              value={typed}
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              autoComplete="off"
              inputMode="text"
              maxLength={16}
              aria-invalid={shown ? true : undefined}
              aria-describedby="phone-join-error"
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <p id="phone-join-error" className="kiosk-error" role="alert">
            {shown}
          </p>
          <button type="submit" className="primary kiosk-big phone-wide">
            Join
          </button>
        </form>
      </section>
    </main>
  );
}
