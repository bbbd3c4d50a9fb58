import type { NewWorkshopInput, Workshop } from '../schema/workshop';
import {
  Workshop as WorkshopSchema,
  NewWorkshopInput as InputSchema,
  WORKSHOP_FILE_TYPE,
  WORKSHOP_FILE_VERSION,
} from '../schema/workshop';
import { defaultAgenda, idleTimer } from './agenda';
import { newId } from './ids';
import { cleanText } from './text';

/**
 * A new workshop from what the facilitator typed, with the defaults every capability starts from.
 * Capabilities add their starting content here (default agenda, question bank, ...).
 */
export function buildNewWorkshop(input: NewWorkshopInput, now: Date): Workshop {
  const clean = InputSchema.parse(input);
  const at = now.toISOString();
  return WorkshopSchema.parse({
    type: WORKSHOP_FILE_TYPE,
    version: WORKSHOP_FILE_VERSION,
    id: newId(),
    title: cleanText(clean.title),
    company: cleanText(clean.company),
    date: clean.date,
    facilitator: cleanText(clean.facilitator),
    teams: clean.teams.map((t) => ({ id: newId(), name: cleanText(t.name), side: t.side })),
    phase: 'prepare',
    anonymityThreshold: 5,
    createdAt: at,
    updatedAt: at,
    agenda: { items: defaultAgenda(), timer: idleTimer() },
  });
}
