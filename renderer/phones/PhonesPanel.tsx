import { useEffect, useState } from 'react';
import type { PhoneInterface } from '../../shared/api';
import type { SurveyRound } from '../../shared/schema/survey';
import { api } from '../api';
import { PhoneHandout } from './PhoneHandout';
import { PhoneJoinDetails } from './PhoneJoinDetails';
import { usePhoneStatus } from './usePhoneStatus';
import './phones.css';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface PhonesPanelProps {
  workshopId: string;
  workshopTitle: string;
  round: SurveyRound;
  /** Switch phones on at once when there is only one network to choose (the facilitator asked when opening). */
  autoStart?: boolean;
  /** What phones do: answer the round's survey (default) or place their dots in the open dot vote. */
  purpose?: 'survey' | 'vote';
}

/**
 * Phones for a collecting round: pick the network (when the laptop is on several), switch phones on, then the
 * QR code, the address and the join code to show, a handout to print, and the way to switch phones off.
 */
export function PhonesPanel({
  workshopId,
  workshopTitle,
  round,
  autoStart = false,
  purpose = 'survey',
}: PhonesPanelProps) {
  const { status, set } = usePhoneStatus();
  const [interfaces, setInterfaces] = useState<PhoneInterface[] | null>(null);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState(false);
  const active = status?.active?.workshopId === workshopId && status.active.roundId === round.id ? status.active : null;
  const elsewhere = status?.active && !active;

  const start = async (chosen: string) => {
    setBusy(true);
    setError(null);
    try {
      set(await api.phones.start(workshopId, round.id, chosen));
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    let live = true;
    api.phones.interfaces().then(
      (list) => {
        if (!live) return;
        setInterfaces(list);
        setAddress((a) => a || list[0]?.address || '');
        if (autoStart && list.length === 1 && list[0]) void start(list[0].address);
      },
      (e: unknown) => live && setError(message(e)),
    );
    return () => {
      live = false;
    };
    // Once per mount: the list is read again when the panel opens again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    const t = window.setTimeout(() => window.print(), 50);
    return () => {
      window.clearTimeout(t);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);

  if (active) {
    return (
      <section className="phones-panel is-on" aria-label="Answering on phones">
        <h4>{purpose === 'vote' ? 'Phones can vote' : `Phones can answer “${round.name}”`}</h4>
        {!active.onNetwork && (
          <p className="field-error" role="alert">
            This laptop is no longer on the network of {active.address}: phones cannot reach it. Reconnect to that
            network, or switch phones off and on again to pick another one. Phones keep their answers and retry.
          </p>
        )}
        <PhoneJoinDetails active={active} qrSize={220} />
        <p className="muted">
          People join this network ({active.address}), scan the code or open the address and type the join code. The
          present mode shows this on a slide, with the count of answers.
        </p>
        <div className="row">
          <button type="button" onClick={() => setPrinting(true)}>
            Print handout (A4)
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void api.phones.stop().then(set, (e: unknown) => setError(message(e)))}
          >
            Switch phones off
          </button>
        </div>
        <p className="field-error" role="alert">
          {error}
        </p>
        {printing && <PhoneHandout active={active} title={workshopTitle} roundName={round.name} />}
      </section>
    );
  }

  return (
    <section className="phones-panel" aria-label="Answering on phones">
      <h4>{purpose === 'vote' ? 'Let people vote on their phones' : 'Let people answer on their phones'}</h4>
      <p className="muted">
        Phones on the same network as this laptop (the room’s Wi-Fi or this laptop’s own hotspot) answer this round; the
        kiosk can stay open too. Nothing goes to the internet.
      </p>
      {interfaces && interfaces.length === 0 ? (
        <p className="field-error" role="alert">
          This laptop is on no network now. Join the room’s Wi-Fi or start this laptop’s hotspot (see the README), then
          look again.
        </p>
      ) : (
        <div className="field">
          <label htmlFor={`phones-address-${round.id}`}>Network</label>
          <select
            id={`phones-address-${round.id}`}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            disabled={!interfaces}
          >
            {(interfaces ?? []).map((i) => (
              <option key={i.address} value={i.address}>
                {i.name}: {i.address}
              </option>
            ))}
          </select>
        </div>
      )}
      {elsewhere && <p className="muted">Phones are on for another round now; switching them on here moves them.</p>}
      <div className="row">
        <button type="button" className="primary" disabled={busy || !address} onClick={() => void start(address)}>
          Switch phones on
        </button>
        <button
          type="button"
          onClick={() =>
            void api.phones.interfaces().then((list) => {
              setInterfaces(list);
              setAddress((a) => (list.some((i) => i.address === a) ? a : (list[0]?.address ?? '')));
            })
          }
        >
          Look for networks again
        </button>
      </div>
      <p className="field-error" role="alert">
        {error}
      </p>
    </section>
  );
}
