import { humanDay } from '../domain/actions/dates';
import { factChanges, playbookFacts } from '../domain/playbook/facts';
import { currentVersion } from '../domain/playbook/version';
import type { RoundFindings } from '../domain/results/findings';
import type { Workshop } from '../schema/workshop';
import type { Block } from './model';

/**
 * What changed since the previous version (a follow-up session closed it): every goal, rate, volume, SLA
 * commitment, name and action that says something else now, side by side. Nothing for a first version.
 */
export function changesBlocks(w: Workshop, findings: Readonly<Record<string, RoundFindings>> = {}): Block[] {
  const previous = w.playbook.versions.at(-1);
  if (!previous) return [];
  const now = currentVersion(w);
  const changes = factChanges(previous.facts, playbookFacts(w, findings));
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `What changed since version ${previous.version}`, id: 'changes' },
    {
      kind: 'paragraph',
      text: `Version ${previous.version} closed on ${humanDay(previous.closedOn)}${previous.nextSession ? `, when “${previous.nextSession}” began` : ''}. This is version ${now}.`,
    },
  ];
  if (!changes.length) {
    blocks.push({ kind: 'paragraph', text: `Nothing changed since version ${previous.version}.` });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    caption: `${changes.length} change${changes.length === 1 ? '' : 's'} since version ${previous.version}`,
    head: ['What', `Version ${previous.version}`, `Version ${now}`],
    rows: changes.map((c) => [c.label, c.before ?? 'not there yet', c.after ?? 'no longer there']),
  });
  return blocks;
}
