import { useState } from 'react';
import type { SlaSectionId } from '../../shared/domain/sla/generate';
import { isEdited, regenerateSection } from '../../shared/domain/sla/sync';
import type { SlaSection } from '../../shared/schema/sla';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useTandem } from '../store';
import { ScoringTable } from './ScoringTable';

interface Props {
  section: SlaSection;
  number: number;
  /** The workshop now says something else than this edited text was generated from. */
  stale: boolean;
}

/** One SLA section, edited in place; regenerating edited text asks first and shows what would replace it. */
export function SlaSectionCard({ section, number, stale }: Props) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const notify = useTandem((s) => s.notify);
  const [confirm, setConfirm] = useState<{ current: string; proposed: string } | null>(null);
  const edited = isEdited(section);
  const titleId = `sla-title-${section.id}`;

  const regenerate = (overwrite: boolean) => {
    const w = useTandem.getState().workshop;
    if (!w) return;
    const outcome = regenerateSection(w, section.id as SlaSectionId, { overwrite });
    if (outcome.status === 'needs-confirmation') {
      setConfirm({ current: outcome.current, proposed: outcome.proposed });
      return;
    }
    if (outcome.status === 'updated') {
      const previous = section.body;
      updateWorkshop((d) => {
        d.sla = outcome.sla;
      });
      notify({
        tone: 'success',
        text: `“${section.title}” regenerated from the workshop.`,
        action: overwrite
          ? {
              label: 'Undo',
              run: () =>
                updateWorkshop((d) => {
                  const s = d.sla.sections.find((x) => x.id === section.id);
                  if (s) s.body = previous;
                }),
            }
          : undefined,
      });
    } else notify({ tone: 'info', text: `“${section.title}” already matches the workshop.` });
    setConfirm(null);
  };

  return (
    <section className={`card sla-section${edited ? ' is-edited' : ''}`} aria-labelledby={titleId}>
      <header className="sla-section-header row">
        <h3 id={titleId}>
          {number}. {section.title}
        </h3>
        <span className="badge">{edited ? 'Edited by you' : 'From the workshop'}</span>
        {stale && <span className="badge badge-stale">The workshop changed since</span>}
        <button type="button" onClick={() => regenerate(false)}>
          Regenerate
        </button>
      </header>
      <textarea
        aria-labelledby={titleId}
        value={section.body}
        maxLength={20_000}
        rows={Math.min(24, Math.max(4, section.body.split('\n').length + 1))}
        onChange={(e) =>
          updateWorkshop((d) => {
            const s = d.sla.sections.find((x) => x.id === section.id);
            if (s) s.body = e.target.value.replace(/\r\n?/g, '\n');
          })
        }
      />
      <p className="field-hint">
        Plain text: a blank line starts a paragraph, a line starting with “- ” is a bullet. {section.body.length} /
        20,000 characters.
      </p>
      {section.id === 'scoring' && <ScoringTable />}
      <ConfirmDialog
        title={`Replace your text in “${section.title}”?`}
        open={confirm !== null}
        confirmLabel="Replace my text"
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => regenerate(true)}
      >
        <p>You edited this section. Regenerating replaces your text with this (you can undo right after):</p>
        <pre className="sla-proposed">{confirm?.proposed}</pre>
      </ConfirmDialog>
    </section>
  );
}
