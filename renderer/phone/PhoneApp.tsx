import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ParticipantRound, ParticipantVote } from '../../shared/api';
import { isJoinCodeShape } from '../../shared/domain/phones/joinCode';
import { ApiError } from '../api/apiError';
import { createPhoneClient, JoinCodeError } from '../api/phoneClient';
import { DEFAULT_TIMING } from '../participant/kioskTiming';
import { SurveyFlow } from '../participant/SurveyFlow';
import { opening, roundFor, takeSettledLoad, type Loaded } from './firstLoad';
import { JoinCodeForm } from './JoinCodeForm';
import { PhoneNotice } from './PhoneNotice';
import { PhoneThanks } from './PhoneThanks';
import { PhoneVote } from './PhoneVote';
import { useLateVote } from './useLateVote';
import { hasAnswered, markAnswered, readDraft, rememberCode, saveDraft, submissionKeyFor } from './phoneStorage';
import { useNarrow } from './useNarrow';
import { PhoneFrame } from './PhoneFrame';

type State =
  | { name: 'join'; problem: string | null }
  | { name: 'loading' }
  | { name: 'ready'; round: ParticipantRound; vote: ParticipantVote | null }
  | { name: 'problem'; message: string };

/**
 * The screen a load leads to: the survey (or an open dot vote first, as the survey waits until it closes), the
 * code form again for a wrong code, or what went wrong. A code that works leaves the address bar and the history
 * (a shared screenshot shows no code) and is kept in this tab only, as soon as the screen is drawn.
 */
function stateAfter(loaded: Loaded, code: string): State {
  if (!loaded.ok) {
    const e = loaded.error;
    if (e instanceof JoinCodeError) return { name: 'join', problem: e.message };
    return { name: 'problem', message: e instanceof ApiError ? e.message : String(e) };
  }
  const [round, vote] = loaded.value;
  // Once the screen is drawn (neither waits for the other).
  requestAnimationFrame(() =>
    setTimeout(() => {
      history.replaceState(null, '', location.pathname);
      rememberCode(code);
    }),
  );
  return vote || round.status === 'open'
    ? { name: 'ready', round, vote }
    : { name: 'problem', message: 'This survey is closed, so answers cannot be added any more.' };
}

/**
 * The phone page: the join code (from the QR code's address, or typed), then the same survey steps as the kiosk,
 * one statement per screen on a narrow phone, in the phone's own light or dark mode. A phone that has answered
 * says so; a reload resumes where it was (the draft lives in this tab only).
 */
export function PhoneApp() {
  const target = opening.target;
  const [code, setCode] = useState(opening.code);
  const client = useMemo(() => createPhoneClient(() => code), [code]);
  // The round asked for at opening is usually here by the first render: then it opens on its screen at once.
  const [state, setState] = useState<State>(() => {
    if (!isJoinCodeShape(code)) return { name: 'join', problem: null };
    const settled = target ? takeSettledLoad(code) : null;
    return settled ? stateAfter(settled, code) : { name: 'loading' };
  });
  const [answered] = useState(() => (target ? hasAnswered(target.roundId) : false));
  const narrow = useNarrow();

  useEffect(() => {
    if (state.name !== 'loading' || !target) return;
    let live = true;
    roundFor(code, target).then(
      (value) => live && setState(stateAfter({ ok: true, value }, code)),
      (error: unknown) => live && setState(stateAfter({ ok: false, error }, code)),
    );
    return () => {
      live = false;
    };
  }, [code, state.name, target]);

  useEffect(() => {
    document.body.dataset.appReady = String(state.name !== 'loading');
  }, [state.name]);

  // The round was just loaded; a round that closes meanwhile closes the listener, so asking again would only
  // wait for an answer that cannot come. The submit hears it (and keeps the answers on the screen).
  const survey = useMemo(
    () => ({
      submit: client.submit,
      count: async () => ({ status: 'open' as const, count: 0 }),
    }),
    [client],
  );
  const onDraft = useCallback((d: Parameters<typeof saveDraft>[1]) => target && saveDraft(target.roundId, d), [target]);
  const [done, setDone] = useState(answered);
  const onSubmitted = useCallback(() => {
    if (!target) return;
    markAnswered(target.roundId);
    setDone(true);
  }, [target]);
  const lateVote = useLateVote(client, target, done && state.name !== 'join');
  const waitHint = <p className="kiosk-hint">Keep this page open: if the room votes next, the vote appears here.</p>;

  if (!target)
    return <PhoneNotice title="This page is not a survey">Open the address shown on the projector.</PhoneNotice>;
  // Answered already (a reload after the thank-you, the code scanned again): said before anything else.
  if (state.name === 'ready' && state.vote) return <PhoneVote vote={state.vote} client={client} />;
  if (lateVote) return <PhoneVote vote={lateVote} client={client} />;
  if (answered && state.name !== 'loading') return <PhoneThanks again>{waitHint}</PhoneThanks>;
  switch (state.name) {
    case 'join':
      return (
        <JoinCodeForm
          problem={state.problem}
          onJoin={(typed) => {
            setCode(typed);
            setState({ name: 'loading' });
          }}
        />
      );
    case 'loading':
      return <main className="kiosk phone" aria-busy="true" />;
    case 'problem':
      return (
        <PhoneNotice title="The survey cannot start">
          <span role="alert">{state.message}</span>
        </PhoneNotice>
      );
    case 'ready': {
      const { round } = state;
      return (
        <PhoneFrame brand="Tandem · anonymous survey">
          <SurveyFlow
            survey={survey}
            device="phone"
            perPage={narrow ? 1 : 5}
            workshopId={round.workshopId}
            roundId={round.roundId}
            title={round.title}
            company={round.company}
            threshold={round.threshold}
            questions={round.questions}
            teams={round.teams}
            timing={DEFAULT_TIMING}
            submissionKey={submissionKeyFor(round.roundId)}
            draft={readDraft(round.roundId)}
            onDraft={onDraft}
            onSubmitted={onSubmitted}
            thanks={<PhoneThanks>{waitHint}</PhoneThanks>}
            onFinished={() => undefined}
          />
        </PhoneFrame>
      );
    }
  }
}
