import type { Workshop } from '../../schema/workshop';

/** The version the playbook (and its SLA) is at now: every version closed by a follow-up session, plus one. */
export function currentVersion(w: Pick<Workshop, 'playbook'>): number {
  return w.playbook.versions.length + 1;
}
