import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Repair } from '../repairs';
import { AnswersFile, ANSWERS_FILE, NEWER_VERSION, parserOf, RoundInfo, ROUND_FILE } from './files';
import { journalGenerations, readJournals } from './journal';
import { readReplicas, type BadCopy } from './replicas';
import { answersFromFile, emptyAnswers, RoundStore } from './roundStore';

/** What the workshop document knows about a round, used when the round's own state file is lost. */
export type RoundSeed = Omit<RoundInfo, 'type' | 'version' | 'revision' | 'count'>;

/** Moves a damaged file aside (never deletes it) and says where it went. */
export type Quarantine = (file: string) => Promise<string>;

export interface LoadedRound {
  store: RoundStore | null;
  repairs: Repair[];
  /** Why the round may not be used at all (a file of a newer Tandem), or null. */
  refusal?: string;
}

function label(info: Pick<RoundInfo, 'workshopTitle' | 'name'>): string {
  return `the answers of “${info.name}” in “${info.workshopTitle}”`;
}

/**
 * Loads one round's answers and repairs what it can: a damaged or missing copy is rebuilt from the other
 * (the damaged one is kept in quarantine), journal entries a crash left behind are folded in, duplicates
 * are recognised by their hashed keys. Every repair is returned for the facilitator's list. A file written by
 * a newer version of Tandem is left untouched and the round refuses to change.
 */
export async function loadRound(dir: string, seed: RoundSeed | null, quarantine: Quarantine): Promise<LoadedRound> {
  const present = await fs.stat(dir).catch(() => null);
  if (!present?.isDirectory()) return { store: null, repairs: [] };
  const info = await readReplicas(dir, 'round', parserOf(RoundInfo, ROUND_FILE));
  const answers = await readReplicas(dir, 'answers', parserOf(AnswersFile, ANSWERS_FILE));
  const names = info.value ??
    seed ?? { name: 'a survey round', workshopTitle: 'a workshop', workshopId: path.basename(path.dirname(dir)) };
  const newer = [...info.bad, ...answers.bad].find((b) => b.why === NEWER_VERSION);
  if (newer) {
    const message = `${capital(label(names))} were saved by a newer version of Tandem: update Tandem to use them. Nothing was changed.`;
    const repair: Repair = {
      workshopId: names.workshopId,
      title: names.workshopTitle,
      kind: 'newer-version',
      message,
      keptAt: null,
    };
    return { store: null, repairs: [repair], refusal: message };
  }
  const gens = await journalGenerations(dir);
  const journal = await readJournals(dir, gens, new Set(answers.value?.keys ?? []));
  const repairs: Repair[] = [];
  const report = (message: string, keptAt: string | null, kind: Repair['kind'] = 'repaired') =>
    repairs.push({ workshopId: names.workshopId, title: names.workshopTitle, kind, message, keptAt });

  const kept = async (bad: BadCopy[]) => {
    const out: string[] = [];
    for (const b of bad) out.push(await quarantine(b.file));
    return out;
  };
  const base: RoundInfo | null =
    info.value ??
    (seed ? { ...seed, type: ROUND_FILE.type, version: ROUND_FILE.version, revision: 0, count: 0 } : null);
  if (!base) {
    // Without the round's questions the answers cannot be used, but they are never thrown away.
    report(
      `${capital(label(names))} could not be read (${describe(info.bad)}); every file was left in ${dir} for recovery.`,
      dir,
      'quarantined',
    );
    return { store: null, repairs };
  }
  const state = answers.value ? answersFromFile(answers.value) : emptyAnswers();
  let replayed = 0;
  for (const entry of journal.entries) {
    if (state.keys.has(entry.k)) continue;
    state.keys.add(entry.k);
    state.pending.push(entry.r);
    replayed += 1;
  }
  const badCopies = [...info.bad, ...answers.bad];
  const keptAt = await kept(badCopies);
  if (badCopies.length > 0) {
    const lostAll = !answers.value && answers.bad.length > 0;
    report(
      lostAll
        ? `Both copies of ${label(base)} were damaged (${describe(badCopies)}): answers not in the journal may be lost. The damaged files were kept in ${keptAt.join(', ')}.`
        : `A copy of ${label(base)} was damaged (${describe(badCopies)}). It was kept in ${keptAt.join(', ')} and rebuilt from the other copy: no answer was lost.`,
      keptAt[0] ?? null,
      lostAll ? 'quarantined' : 'repaired',
    );
  }
  if (journal.repaired || journal.lostLines > 0) {
    // The journal copies go once folded in: keep the damaged ones first.
    for (const gen of gens)
      for (const r of ['a', 'b']) await copyAside(path.join(dir, `journal-${gen}.${r}.log`), quarantine);
    report(
      journal.lostLines > 0
        ? `The journal of ${label(base)} was damaged in both copies: ${journal.lostLines} answer(s) could not be read. The files were kept in ${dir}.`
        : `A copy of the journal of ${label(base)} was damaged; the other copy held every answer: no answer was lost.`,
      journal.lostLines > 0 ? dir : null,
      journal.lostLines > 0 ? 'quarantined' : 'repaired',
    );
  }
  if (!info.value && seed) {
    report(`The state of ${label(base)} was rebuilt from the workshop: no answer was lost.`, keptAt[0] ?? null);
  }
  const rewrite = replayed > 0 || info.stale || answers.stale || !info.value || !answers.value || gens.length !== 1;
  if (!rewrite) return { store: new RoundStore(dir, base, state, gens[0] as number), repairs };
  const store = new RoundStore(dir, base, state, (gens.at(-1) ?? 0) + 1, gens);
  await store.rewrite();
  return { store, repairs };
}

async function copyAside(file: string, quarantine: Quarantine): Promise<void> {
  const copy = `${file}.kept`;
  try {
    await fs.copyFile(file, copy);
    await quarantine(copy);
  } catch {
    // A copy that does not exist has nothing to keep.
  }
}

function describe(bad: BadCopy[]): string {
  return bad.length ? [...new Set(bad.map((b) => b.why))].join('; ') : 'its files are missing';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
