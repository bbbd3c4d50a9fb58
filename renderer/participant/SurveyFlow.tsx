import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { pagesOf } from './steps/surveyPages';
import { TeamStep } from './steps/TeamStep';
import { ThankYouStep } from './steps/ThankYouStep';
import { useIdle } from './useIdle';
import { WelcomeStep } from './steps/WelcomeStep';

type Step =
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
}

/**
 * One participant's way through the survey. Everything they enter lives only in this component's memory
 * (never a store, storage, the address or the history); the parent remounts it with a new key for the
 * next person, so nothing survives.
 */
export function SurveyFlow(props: SurveyFlowProps) {
  const { survey, workshopId, roundId, questions, teams, timing, onFinished } = props;
  const pages = useMemo(() => pagesOf(questions), [questions]);
  const [step, setStep] = useState<Step>({ name: 'welcome' });
  const [team, setTeam] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per participant, so a repeated submit is stored once. Memory only; never stored with the answers.
  const [submissionKey] = useState(() => crypto.randomUUID());
  const inFlight = useRef(false);

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

  const idle = useIdle(step.name !== 'welcome' && step.name !== 'thanks' && !sending, timing, onFinished);

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
        () =>
          setError(
            'Saving your answers… Tandem is not answering right now. Your answers are kept on this screen; please wait a moment.',
          ),
      );
      setError(null);
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
  }, [answers, comments, roundId, submissionKey, survey, team, workshopId]);

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
          pages={pages}
          answers={answers}
          openQuestions={questions.openQuestions}
          comments={comments}
          sending={sending}
          error={error}
          onEditTeam={() => setStep({ name: 'team' })}
          onEditPage={goStatements}
          onEditComments={() => setStep({ name: 'open' })}
          onSubmit={() => void submit()}
        />
      );
      break;
    case 'thanks':
      body = <ThankYouStep afterMs={timing.thanksMs} onDone={onFinished} />;
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
