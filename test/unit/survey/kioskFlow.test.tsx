// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import type { Team } from '../../../shared/schema/team';
import { SurveyFlow } from '../../../renderer/participant/SurveyFlow';

const submit = vi.fn();
// The flow's way to the service, as the kiosk page hands it over (renderer/api/participant.ts).
const survey = {
  submit: (...args: unknown[]) => submit(...args),
  count: async () => ({ status: 'open' as const, count: 0 }),
};

const teams: Team[] = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Sales', side: 'sales' },
  { id: '00000000-0000-4000-8000-000000000002', name: 'Marketing', side: 'marketing' },
];
const key = (k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(window, { key: k, ...init });
const flush = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

function renderFlow(onFinished = vi.fn()) {
  render(
    <SurveyFlow
      survey={survey}
      workshopId="00000000-0000-4000-8000-00000000000a"
      roundId="00000000-0000-4000-8000-00000000000b"
      title="Kick-off"
      company="Acme"
      threshold={5}
      questions={defaultQuestionSet()}
      teams={teams}
      timing={{ idleMs: 90_000, warningMs: 15_000, thanksMs: 60_000 }}
      onFinished={onFinished}
    />,
  );
  return onFinished;
}

/** Walks one participant to the summary by keyboard only. */
async function toSummary() {
  key('Enter');
  await flush();
  expect(screen.getByRole('heading', { name: 'Which team are you in?' })).toBeTruthy();
  key('2');
  key('Enter');
  for (let page = 0; page < 6; page++) {
    for (let i = 0; i < 5; i++) key(String(((page + i) % 5) + 1));
    key('Enter');
  }
  expect(screen.getByRole('heading', { name: 'In your own words' })).toBeTruthy();
  const box = screen.getByLabelText(/better or differently/) as HTMLTextAreaElement;
  expect(box.getAttribute('autocomplete')).toBe('off');
  expect(box.getAttribute('spellcheck')).toBe('false');
  fireEvent.change(box, { target: { value: 'Meet weekly \u0007' } });
  fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
  expect(screen.getByRole('heading', { name: 'Check your answers' })).toBeTruthy();
}

describe('kiosk flow', () => {
  let setItem: ReturnType<typeof vi.spyOn>;
  let pushState: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    submit.mockReset();
    setItem = vi.spyOn(Storage.prototype, 'setItem');
    pushState = vi.spyOn(history, 'pushState');
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('goes through by keyboard alone and submits once, however often Submit is pressed', async () => {
    let resolve: (v: unknown) => void = () => undefined;
    submit.mockImplementation(() => new Promise((r) => (resolve = r)));
    const hashBefore = location.hash;
    renderFlow();
    await toSummary();
    const button = screen.getByRole('button', { name: 'Submit my answers' });
    fireEvent.click(button);
    fireEvent.click(button);
    key('Enter');
    expect(submit).toHaveBeenCalledTimes(1);
    const [, , response, submissionKey] = submit.mock.calls[0]!;
    expect(Object.keys(response).sort()).toEqual(['answers', 'comments', 'team']);
    expect(response.team).toBe(teams[1]!.id);
    expect(Object.keys(response.answers)).toHaveLength(30);
    expect(typeof submissionKey).toBe('string');
    // No thank-you before the service says the answer is on disk.
    expect(screen.queryByRole('heading', { name: /Thank you/ })).toBeNull();
    await act(async () => resolve({ status: 'open', count: 1 }));
    expect(screen.getByRole('heading', { name: 'Thank you! Your answers are saved.' })).toBeTruthy();
    // Nothing went to storage, the address or the history.
    expect(setItem).not.toHaveBeenCalled();
    expect(pushState).not.toHaveBeenCalled();
    expect(location.hash).toBe(hashBefore);
  });

  it('keeps the answers and says why when the submit fails, and retries with the same key', async () => {
    submit.mockRejectedValueOnce(new Error('This survey has just been closed by the facilitator.'));
    submit.mockResolvedValueOnce({ status: 'open', count: 1 });
    renderFlow();
    await toSummary();
    fireEvent.click(screen.getByRole('button', { name: 'Submit my answers' }));
    await flush();
    expect(document.body.textContent).toContain('Your answers were not saved. This survey has just been closed');
    fireEvent.click(screen.getByRole('button', { name: 'Submit my answers' }));
    await flush();
    expect(submit).toHaveBeenCalledTimes(2);
    expect(submit.mock.calls[0]![3]).toBe(submit.mock.calls[1]![3]);
    expect(screen.getByRole('heading', { name: 'Thank you! Your answers are saved.' })).toBeTruthy();
  });

  it('asks for a team and for every statement before moving on', async () => {
    renderFlow();
    key('Enter');
    await flush();
    key('Enter');
    expect(document.body.textContent).toContain('Please choose your team to continue.');
    key('1');
    key('Enter');
    key('3');
    key('Enter');
    expect(document.body.textContent).toContain('Please answer every statement on this page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Shared goals and revenue');
  });

  it('shows a live counter and refuses more than 2,000 characters with a clear message', async () => {
    renderFlow();
    await toSummary();
    fireEvent.click(screen.getByRole('button', { name: 'Change comments' }));
    const box = screen.getByLabelText(/better or differently/) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'x'.repeat(2010) } });
    expect(document.body.textContent).toContain('2,010 / 2,000 characters: 10 too many');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.body.textContent).toContain('Please shorten the answers marked in red');
    expect(screen.getByRole('heading', { name: 'In your own words' })).toBeTruthy();
  });
});
