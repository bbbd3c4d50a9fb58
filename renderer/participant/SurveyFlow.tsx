import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Answer, QuestionSet } from '../../shared/schema/survey';
import type { Team } from '../../shared/schema/team';
import type { ParticipantApi } from '../api/participant';
import { isUnreachable, submitDurably } from '../api/submitDurably';
import { IdleWarning } from './IdleWarning';
import type { KioskTiming } from './kioskTiming';
import { OpenQuestionsStep } from './steps/OpenQuestionsStep';
import { ProgressBar } from './steps/ProgressBar';
import { StatementsStep } from './steps/StatementsStep';
import { SummaryStep } from './steps/SummaryStep';
import { pagesOf, type SurveyPage } from './steps/surveyPages';
import { TeamStep } from './steps/TeamStep';
import { ThankYouStep } from './steps/ThankYouStep';
import { useIdle } from './useIdle';
import { WelcomeStep } from './steps/WelcomeStep';

export type Step =
  | { name: 'welcome' }
  | { name: 'team' }
  | { name: 'statements'; page: number }
  | { name: 'open' }
  | { name: 'summary' }
  | { name: 'thanks' };

export interface SurveyFlowProps {
  /** Where the answers go (the kiosk's or, later, the phone page's client). */
  survey: Pick<ParticipantApi['survey'], 'submit' | 'count'>;
  workshopId: string;
  roundId: string;
  title: string;
  company: string;
  threshold: number;
  questions: QuestionSet;
  teams: Pick<Team, 'id' | 'name' | 'side'>[];
  timing: KioskTiming;
  /** Called when this participant is done or walked away: the parent remounts a fresh flow. */
  onFinished: () => void;
  /** Whose device this is: the shared kiosk laptop (default) or a participant's own phone. */
  device?: Device;
  /** Statements per screen (five on a laptop; one on a narrow phone). */
  perPage?: number;
  /** The submission key, when the page keeps one of its own (a phone keeps it across reloads). */
  submissionKey?: string;
  /** Where a phone resumes after a reload (its own tab's draft), and where each change is reported. */
  draft?: SurveyDraft | null;
  onDraft?: (draft: SurveyDraft) => void;
  /** What shows once the answers are stored, instead of the kiosk's thank-you for the next person. */
  thanks?: ReactNode;
  /** Told once the answers are stored (a phone remembers that it has answered). */
  onSubmitted?: () => void;
}

/** Whose device shows the survey. */
export type Device = 'kiosk' | 'phone';

/** A participant's answers so far, for a phone page that keeps them in its own tab across a reload. */
export interface SurveyDraft {
  step: Step;
  team: string | null;
  answers: Record<string, Answer>;
  comments: Record<string, string>;
}

/** Consecutive screens of one dimension as one summary group, with the screen to go back to. */
function summaryGroups(pages: SurveyPage[]): { page: SurveyPage; first: number }[] {
  const out: { page: SurveyPage; first: number }[] = [];
  pages.forEach((page, i) => {
    const last = out.at(-1);
    if (last && last.page.heading === page.heading)
      last.page = { ...last.page, statements: [...last.page.statements, ...page.statements] };
    else out.push({ page, first: i });
  });
  return out;
}

/** What the summary says while a submit waits for a service that does not answer. */
const WAITING: Record<Device, string> = {
  kiosk:
    'Saving your answers… Tandem is not answering right now. Your answers are kept on this screen; please wait a moment.',
  phone:
    'Saving your answers… The facilitator’s laptop is not answering: the survey may have just been closed, or the laptop or this phone left the room’s network. Your answers are kept on this screen; keep this page open, we keep trying.',
};

/**
 * One participant's way through the survey. Everything they enter lives only in this component's memory
 * (never a store, storage, the address or the history); the parent remounts it with a new key for the
 * next person, so nothing survives.
 */
export function SurveyFlow(props: SurveyFlowProps) {
  const { survey, workshopId, roundId, questions, teams, timing, onFinished, onDraft, onSubmitted } = props;
  const device = props.device ?? 'kiosk';
  const pages = useMemo(() => pagesOf(questions, props.perPage), [questions, props.perPage]);
  // The summary shows one group per dimension, however many screens it took (one statement each on a phone).
  const groups = useMemo(() => summaryGroups(pages), [pages]);
  const resumed = props.draft ?? null;
  const [step, setStep] = useState<Step>(
    resumed?.step.name === 'thanks' ? { name: 'summary' } : (resumed?.step ?? { name: 'welcome' }),
  );
  const [team, setTeam] = useState<string | null>(resumed?.team ?? null);
  const [answers, setAnswers] = useState<Record<string, Answer>>(resumed?.answers ?? {});
  const [comments, setComments] = useState<Record<string, string>>(resumed?.comments ?? {});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per participant, so a repeated submit is stored once. Memory only; never stored with the answers.
  const [ownKey] = useState(() => crypto.randomUUID());
  const submissionKey = props.submissionKey ?? ownKey;
  const inFlight = useRef(false);
  useEffect(() => {
    if (step.name !== 'thanks') onDraft?.({ step, team, answers, comments });
  }, [onDraft, step, team, answers, comments]);
  // A statement page that no longer exists (the screen got wider or narrower since the draft) starts the statements again.
  useEffect(() => {
    if (step.name === 'statements' && !pages[step.page])
      setStep(pages.length ? { name: 'statements', page: 0 } : { name: 'team' });
  }, [pages, step]);

  const hasOpen = questions.openQuestions.length > 0;
  const total = 1 + pages.length + (hasOpen ? 1 : 0) + 1;
  const position =
    step.name === 'team'
      ? 1
      : step.name === 'statements'
        ? 2 + step.page
        : step.name === 'open'
          ? 2 + pages.length
          : total;

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [step]);

  // A phone is its owner's: nothing to discard for the next person.
  const idle = useIdle(
    device === 'kiosk' && step.name !== 'welcome' && step.name !== 'thanks' && !sending,
    timing,
    onFinished,
  );

  const submit = useCallback(async () => {
    if (inFlight.current || !team) return;
    inFlight.current = true;
    setSending(true);
    setError(null);
    try {
      const cleanComments = Object.fromEntries(Object.entries(comments).filter(([, text]) => text.trim()));
      const response = { team, answers, comments: cleanComments };
      // The same key on every try: the service stores the answers once, even across its own restart.
      await submitDurably(
        () => survey.submit(workshopId, roundId, response, submissionKey),
        () => setError(WAITING[device]),
      );
      setError(null);
      onSubmitted?.();
      setStep({ name: 'thanks' });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setError(
        isUnreachable(e)
          ? `Your answers are kept on this screen but could not be saved yet: ${message} Please tell the facilitator, then press Submit again.`
          : `Your answers were not saved. ${message}`,
      );
      inFlight.current = false;
    } finally {
      setSending(false);
    }
  }, [answers, comments, roundId, submissionKey, survey, team, workshopId, device, onSubmitted]);

  // A round closed meanwhile: say so before anyone spends five minutes answering.
  const [closedNotice, setClosedNotice] = useState<string | null>(null);
  const start = useCallback(async () => {
    const count = await survey.count(workshopId, roundId).catch(() => null);
    if (count && count.status !== 'open') {
      setClosedNotice('This survey is closed, so answers cannot be stored any more. Please tell the facilitator.');
      return;
    }
    setClosedNotice(null);
    setStep({ name: 'team' });
  }, [survey, workshopId, roundId]);

  const goStatements = (page: number) => setStep({ name: 'statements', page });
  const afterStatements = () => setStep(hasOpen ? { name: 'open' } : { name: 'summary' });

  let body;
  switch (step.name) {
    case 'welcome':
      body = (
        <WelcomeStep
          title={props.title}
          company={props.company}
          threshold={props.threshold}
          device={device}
          notice={closedNotice}
          onStart={() => void start()}
        />
      );
      break;
    case 'team':
      body = (
        <TeamStep
          teams={teams}
          team={team}
          onChoose={setTeam}
          onBack={() => setStep({ name: 'welcome' })}
          onNext={() => (pages.length ? goStatements(0) : afterStatements())}
        />
      );
      break;
    case 'statements': {
      const page = pages[step.page];
      body = page && (
        <StatementsStep
          key={step.page}
          heading={page.heading}
          statements={page.statements}
          answers={answers}
          advanceOnAnswer={device === 'phone' && page.statements.length === 1}
          onAnswer={(id, value) => setAnswers((a) => ({ ...a, [id]: value }))}
          onBack={() => (step.page === 0 ? setStep({ name: 'team' }) : goStatements(step.page - 1))}
          onNext={() => (step.page + 1 < pages.length ? goStatements(step.page + 1) : afterStatements())}
        />
      );
      break;
    }
    case 'open':
      body = (
        <OpenQuestionsStep
          questions={questions.openQuestions}
          comments={comments}
          onChange={(id, text) => setComments((c) => ({ ...c, [id]: text }))}
          onBack={() => (pages.length ? goStatements(pages.length - 1) : setStep({ name: 'team' }))}
          onNext={() => setStep({ name: 'summary' })}
        />
      );
      break;
    case 'summary':
      body = (
        <SummaryStep
          teamName={teams.find((t) => t.id === team)?.name ?? ''}
          pages={groups.map((g) => g.page)}
          answers={answers}
          openQuestions={questions.openQuestions}
          comments={comments}
          sending={sending}
          error={error}
          onEditTeam={() => setStep({ name: 'team' })}
          onEditPage={(i) => goStatements(groups[i]?.first ?? 0)}
          onEditComments={() => setStep({ name: 'open' })}
          onSubmit={() => void submit()}
        />
      );
      break;
    case 'thanks':
      body = props.thanks ?? <ThankYouStep afterMs={timing.thanksMs} onDone={onFinished} />;
      break;
  }

  return (
    <>
      {step.name !== 'welcome' && step.name !== 'thanks' && <ProgressBar step={position} total={total} />}
      {body}
      {idle.warning && <IdleWarning secondsLeft={idle.secondsLeft} onStay={idle.stillHere} />}
    </>
  );
}
