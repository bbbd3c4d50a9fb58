import { useState } from 'react';
import { confirmKey } from '../../shared/domain/sla/agreement';
import { TEMPLATE_WORDING, type SlaSectionId } from '../../shared/domain/sla/generate';
import {
  acknowledgeChanges,
  editSection,
  isEdited,
  regenerateSection,
  type SectionChange,
} from '../../shared/domain/sla/sync';
import type { SlaSection } from '../../shared/schema/sla';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useTandem } from '../store';
import { ScoringTable } from './ScoringTable';

interface Props {
  section: SlaSection;
  number: number;
  /** What is still to be agreed in this section (placeholders, template wording). */
  toAgree: string[];
  /** Edited by hand, and the numbers under it changed since: the lines that changed. */
  changes: SectionChange[];
  /** A contradiction of the consistency check involves this section. */
  contradicted: boolean;
}

/** One SLA section, edited in place; regenerating edited text asks first and shows what would replace it. */
export function SlaSectionCard({ section, number, toAgree, changes, contradicted }: Props) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const notify = useTandem((s) => s.notify);
  const confirmed = useTandem((s) => s.workshop?.sla.terms.confirmed.includes(confirmKey.section(section.id)) ?? false);
  const [confirm, setConfirm] = useState<{ current: string; proposed: string } | null>(null);
  const edited = isEdited(section);
  const template = TEMPLATE_WORDING.includes(section.id as SlaSectionId);
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
              run: () => {
                const now = useTandem.getState().workshop;
                if (now) updateWorkshop((d) => void (d.sla = editSection(now, section.id, previous)));
              },
            }
          : undefined,
      });
    } else notify({ tone: 'info', text: `“${section.title}” already matches the workshop.` });
    setConfirm(null);
  };
  const confirmWording = () =>
    updateWorkshop((d) => {
      const key = confirmKey.section(section.id);
      if (!d.sla.terms.confirmed.includes(key)) d.sla.terms.confirmed.push(key);
    });
  const takeIn = () => {
    const w = useTandem.getState().workshop;
    if (w) updateWorkshop((d) => void (d.sla = acknowledgeChanges(w, section.id)));
  };

  return (
    <section
      className={`card sla-section${edited ? ' is-edited' : ''}${contradicted ? ' is-contradicted' : ''}`}
      aria-labelledby={titleId}
    >
      <header className="sla-section-header row">
        <h3 id={titleId}>
          {number}. {section.title}
        </h3>
        <span className="badge">{edited ? 'Edited by you' : 'From the workshop'}</span>
        {toAgree.length > 0 && <span className="badge badge-stale">Still to be agreed ({toAgree.length})</span>}
        {template && !edited && !confirmed && (
          <button type="button" onClick={confirmWording}>
            Confirm the wording as agreed
          </button>
        )}
        <button type="button" onClick={() => regenerate(false)}>
          Regenerate
        </button>
      </header>
      {changes.length > 0 && (
        <div className="sla-changed" role="status">
          <strong>The numbers under your text changed since you edited it:</strong>
          <ul>
            {changes.map((c, i) => (
              <li key={i}>
                {c.before && <span className="sla-was">Was: {c.before.replace(/^-\s*/, '')}</span>}
                {c.after && <span className="sla-now">Now: {c.after.replace(/^-\s*/, '')}</span>}
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" onClick={() => regenerate(false)}>
              Take the new text
            </button>
            <button type="button" onClick={takeIn}>
              Keep my text (I have taken the changes in)
            </button>
          </div>
        </div>
      )}
      {toAgree.length > 0 && (
        <ul className="sla-to-agree" aria-label={`Still to be agreed in ${section.title}`}>
          {toAgree.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <textarea
        aria-labelledby={titleId}
        value={section.body}
        maxLength={20_000}
        rows={Math.min(24, Math.max(4, section.body.split('\n').length + 1))}
        onChange={(e) => {
          const w = useTandem.getState().workshop;
          if (!w) return;
          const sla = editSection(w, section.id, e.target.value.replace(/\r\n?/g, '\n'));
          updateWorkshop((d) => {
            d.sla = sla;
          });
        }}
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
