import { Buffer } from 'node:buffer';
import { checkResponse } from '../../shared/domain/survey/responses';
import { restoreBackupText, type RoundAnswers } from '../../shared/restore';
import { LIMITS } from '../../shared/schema/common';
import type { Workshop } from '../../shared/schema/workshop';
import { ServiceError } from './errors';
import { digest } from './integrity';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes a picked file's bytes as UTF-8, refusing bytes that are not text rather than changing them. */
export function fileText(base64: string): string {
  if (!BASE64.test(base64)) throw new ServiceError('invalid-input', 'The file could not be read. Pick it again.');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > LIMITS.backupBytes) {
    throw new ServiceError('invalid-input', 'This file is too large to be a Tandem backup (over 20 MB).');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ServiceError(
      'invalid-input',
      'This file is not a Tandem backup: it is not UTF-8 text (it may be damaged, or saved by another program). Nothing was imported.',
    );
  }
}

/**
 * The same meaning checks a participant's submit gets, for every answer a file brings: each names a round of
 * the workshop that has opened, one of its teams, and only that round's statements and questions.
 */
export function answerProblems(w: Workshop, answers: RoundAnswers): string[] {
  const problems: string[] = [];
  for (const [roundId, list] of Object.entries(answers)) {
    const round = w.survey.rounds.find((r) => r.id === roundId);
    if (!round) {
      problems.push(`${list.length} answer(s) belong to a survey round that is not in this workshop.`);
      continue;
    }
    if (round.status === 'draft') problems.push(`“${round.name}” has answers but was never opened.`);
    list.forEach((response, i) => {
      const checked = checkResponse(round.questions, w.teams, response);
      if (!checked.ok) problems.push(`“${round.name}”, answer ${i + 1}: ${checked.problems[0]?.message ?? ''}`);
    });
  }
  return problems;
}

/** Reads a backup the facilitator picked: decoded strictly, restored, every answer checked. */
export function readBackup(base64: string): { workshop: Workshop; answers: RoundAnswers; hash: string } {
  const text = fileText(base64);
  const restored = restoreBackupText(text.replace(/^\uFEFF/, ''));
  if (!restored.ok) throw new ServiceError('invalid-input', restored.message);
  const problems = answerProblems(restored.workshop, restored.answers);
  if (problems.length) {
    const shown = problems.slice(0, 3).join(' ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    throw new ServiceError(
      'invalid-input',
      `Nothing was imported: this backup holds answers that do not fit its survey. ${shown}${more}`,
    );
  }
  return { workshop: restored.workshop, answers: restored.answers, hash: digest(text) };
}
