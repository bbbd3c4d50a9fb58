import type { SurveyResponse, SurveyRound } from '../../schema/survey';
import type { AnsweredRound } from './compute';
import type { Team } from '../../schema/team';
import { shuffled } from '../ids';
import { effectiveThreshold, TEAM_COMMENTS_MIN } from './anonymity';

/**
 * The open comments as a wall. Comments are shown only when the round holds at least the threshold of
 * responses; pooled across teams and shuffled on every view so the order says nothing about who wrote
 * what. Grouped by team only for teams of ten or more, and only when the teams left over also make a
 * pool of ten or more (otherwise the pooled view minus the team groups would single out a small team).
 */

export interface WallComment {
  /** A key from the question and the text (never from who or when), so decisions about it can be kept. */
  key: string;
  questionId: string;
  question: string;
  text: string;
}

export interface CommentWall {
  shown: boolean;
  /** Why nothing is shown ('' when shown). */
  reason: string;
  comments: WallComment[];
}

export interface TeamCommentGroup {
  /** A team's name, or "Other teams" for the pool of the smaller teams. */
  label: string;
  comments: WallComment[];
}

type Shuffle = <T>(items: readonly T[]) => T[];

/**
 * The key of a comment: FNV-1a (64 bits, as two 32-bit halves) of its question and text. Two identical
 * comments on one question share a key, so hiding or theming one does the same to its twin.
 */
export function commentKey(questionId: string, text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  const input = `${questionId}\u0000${text}`;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return `c-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

function commentsOf(responses: readonly SurveyResponse[], round: Pick<SurveyRound, 'questions'>): WallComment[] {
  const questions = round.questions.openQuestions;
  const out: WallComment[] = [];
  for (const r of responses) {
    for (const q of questions) {
      const text = (r.comments[q.id] ?? '').trim();
      if (text) out.push({ key: commentKey(q.id, text), questionId: q.id, question: q.text, text });
    }
  }
  return out;
}

/** The pooled, shuffled comment wall of a round (call again for a fresh order on each view). */
export function commentWall(
  round: Pick<AnsweredRound, 'questions' | 'responses'>,
  threshold: number,
  shuffle: Shuffle = shuffled,
): CommentWall {
  const t = effectiveThreshold(threshold);
  if (round.responses.length < t) {
    return {
      shown: false,
      reason: `Comments are hidden to protect anonymity: fewer than ${t} responses.`,
      comments: [],
    };
  }
  const comments = shuffle(commentsOf(round.responses, round));
  return { shown: true, reason: comments.length === 0 ? 'No comments were written.' : '', comments };
}

/**
 * Comments grouped by team, for teams of ten or more; the rest pooled as "Other teams" when that pool
 * also holds ten or more responses. Null when grouping would expose a smaller team.
 */
export function commentsByTeam(
  round: Pick<AnsweredRound, 'questions' | 'responses'>,
  teams: readonly Team[],
  threshold: number,
  shuffle: Shuffle = shuffled,
): TeamCommentGroup[] | null {
  if (round.responses.length < effectiveThreshold(threshold)) return null;
  const byTeam = new Map<string, SurveyResponse[]>();
  for (const r of round.responses) byTeam.set(r.team, [...(byTeam.get(r.team) ?? []), r]);
  const big: TeamCommentGroup[] = [];
  const rest: SurveyResponse[] = [];
  for (const [teamId, responses] of byTeam) {
    if (responses.length >= TEAM_COMMENTS_MIN) {
      const name = teams.find((t) => t.id === teamId)?.name ?? 'Unknown team';
      big.push({ label: name, comments: shuffle(commentsOf(responses, round)) });
    } else rest.push(...responses);
  }
  if (big.length === 0) return null;
  if (rest.length > 0 && rest.length < TEAM_COMMENTS_MIN) return null;
  if (rest.length > 0) big.push({ label: 'Other teams', comments: shuffle(commentsOf(rest, round)) });
  return shuffle(big);
}
