import type { ReactNode } from 'react';
import { addDays } from '../../shared/domain/actions/dates';
import { ATTEMPTS_RULE, HOURS_RULE, SHARE_RULE, wholeRule } from '../../shared/domain/numberRules';
import { slaFacts } from '../../shared/domain/sla/facts';
import { SUGGESTIONS } from '../../shared/domain/sla/suggestions';
import type { SlaTerms as Terms } from '../../shared/schema/sla';
import { Field } from '../components/Field';
import { NumberField } from '../components/NumberField';
import { useTandem } from '../store';
import { SuggestionNote } from './SuggestionNote';
import { TermNumber } from './TermNumber';

type TextKey = {
  [K in keyof Terms]: Terms[K] extends string ? K : never;
}[keyof Terms];

/** What the SLA needs besides the funnel and the objectives: who signs, when, the commitments' numbers. */
export function SlaTerms() {
  const workshop = useTandem((s) => s.workshop);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const updateHandoff = useTandem((s) => s.updateHandoff);
  if (!workshop) return null;
  const terms = workshop.sla.terms;
  const set = (patch: Partial<Terms>) =>
    updateWorkshop((d) => {
      Object.assign(d.sla.terms, patch);
    });
  const text = (key: TextKey, label: string, placeholder: string, hint?: string, long = false) => (
    <Field label={label} hint={terms[key].trim() ? hint : 'Still to be agreed.'}>
      {long ? (
        <textarea
          rows={3}
          maxLength={2000}
          value={terms[key]}
          placeholder={placeholder}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      ) : (
        <input
          type="text"
          maxLength={500}
          value={terms[key]}
          placeholder={placeholder}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  const date = (key: 'agreedOn' | 'reviewOn' | 'effectiveDate', label: string, extra?: ReactNode) => (
    <div>
      <Field label={label} hint={terms[key] ? undefined : 'Still to be agreed.'}>
        <input type="date" value={terms[key] ?? ''} onChange={(e) => set({ [key]: e.target.value || null })} />
      </Field>
      {extra}
    </div>
  );
  const handoff = slaFacts(workshop).mqlHandoff;
  return (
    <section className="card sla-terms" aria-labelledby="sla-terms-title">
      <h3 id="sla-terms-title">Terms: who signs, when, and the numbers of each commitment</h3>
      <p className="muted">
        Empty fields are “still to be agreed” in the agreement. Suggestions beside a field say where they come from and
        are never filled in by themselves.
      </p>
      <fieldset className="sla-terms-grid">
        <legend>Signatories and owner</legend>
        {text('sponsorName', 'Sponsor (MD / CEO) who signs', 'name')}
        {text('sponsorRole', 'Sponsor’s role', 'e.g. Managing Director')}
        {text('marketingHead', 'Head of Marketing who signs', 'name')}
        {text('salesHead', 'Head of Sales who signs', 'name')}
        {text('owner', 'Owner of the agreement and the playbook', 'one named person (not the facilitator by default)')}
      </fieldset>
      <fieldset className="sla-terms-grid">
        <legend>Dates</legend>
        {date('agreedOn', 'Agreed on (this version)')}
        {date(
          'reviewOn',
          'Next review',
          terms.agreedOn && (
            <SuggestionNote
              suggestion={SUGGESTIONS.reviewMonths}
              onUse={() => set({ reviewOn: addDays(terms.agreedOn as string, 91) })}
            />
          ),
        )}
        {date('effectiveDate', 'Pilot starts on')}
        <TermNumber
          term="pilotWeeks"
          label="Pilot length (weeks)"
          rule={wholeRule('the pilot length', 1, 52)}
          suggestion={SUGGESTIONS.pilotWeeks}
          defaulted
        />
        {text('pilotGroup', 'Pilot group', 'e.g. the DACH sales team and the webinar campaign')}
      </fieldset>
      <fieldset className="sla-terms-grid">
        <legend>Sales’ follow-up (kept on the funnel’s MQL hand-off)</legend>
        {handoff ? (
          <>
            <NumberField
              label="Follow up every MQL within (hours)"
              value={handoff.responseHours}
              rule={HOURS_RULE}
              onCommit={(v) => updateHandoff(handoff.id, { responseHours: v }, 'responseHours')}
              hint={handoff.responseHours === null ? 'Still to be agreed.' : undefined}
              aside={
                <SuggestionNote
                  suggestion={SUGGESTIONS.responseHours}
                  onUse={() => updateHandoff(handoff.id, { responseHours: 1 })}
                />
              }
            />
            <NumberField
              label="Follow-up attempts before a lead goes back"
              value={handoff.followUpAttempts}
              rule={ATTEMPTS_RULE}
              onCommit={(v) => updateHandoff(handoff.id, { followUpAttempts: v }, 'followUpAttempts')}
              hint={handoff.followUpAttempts === null ? 'Still to be agreed.' : undefined}
              aside={
                <SuggestionNote
                  suggestion={SUGGESTIONS.followUpAttempts}
                  onUse={() => updateHandoff(handoff.id, { followUpAttempts: 6 })}
                />
              }
            />
          </>
        ) : (
          <p className="field-error">
            Draw the hand-off from the MQL stage to Sales on the funnel first: its promises are kept there.
          </p>
        )}
        <TermNumber
          term="acceptWithinDays"
          label="Sales accepts or rejects each MQL within (working days)"
          rule={wholeRule('the number of working days', 1, 90)}
          suggestion={SUGGESTIONS.acceptWithinDays}
          defaulted
        />
        {text('unworkedTo', 'Leads not followed up in time go to', 'e.g. the inside-sales team lead, Tom')}
        {text('rejectedTo', 'Rejected leads go back to', 'e.g. Marketing nurture, owned by Jana')}
      </fieldset>
      <fieldset className="sla-terms-grid">
        <legend>Meetings, content and remedies</legend>
        <div>
          <Field label="The teams meet" hint={terms.meetingCadence ? undefined : 'Still to be agreed.'}>
            <select
              value={terms.meetingCadence ?? ''}
              onChange={(e) => set({ meetingCadence: (e.target.value || null) as Terms['meetingCadence'] })}
            >
              <option value="">to be agreed</option>
              <option value="weekly">weekly</option>
              <option value="fortnightly">every two weeks</option>
              <option value="monthly">monthly</option>
            </select>
          </Field>
          <SuggestionNote suggestion={SUGGESTIONS.meetingCadence} onUse={() => set({ meetingCadence: 'weekly' })} />
        </div>
        <TermNumber
          term="meetingMinutes"
          label="Meeting length (minutes)"
          rule={wholeRule('the meeting length', 5, 480)}
          suggestion={SUGGESTIONS.meetingMinutes}
        />
        <TermNumber
          term="enablementPerQuarter"
          label="Sales enablement pieces per quarter"
          rule={wholeRule('the number of pieces', 0, 1000)}
          suggestion={SUGGESTIONS.enablementPerQuarter}
        />
        <TermNumber
          term="shortfallPercent"
          label="Marketing’s remedy when behind the MQL volume by more than (%)"
          rule={SHARE_RULE}
          suffix="%"
          suggestion={SUGGESTIONS.shortfallPercent}
        />
        <TermNumber
          term="missedFollowUpPercent"
          label="Sales’ remedy when follow-up is missed on more than (% of MQLs a week)"
          rule={SHARE_RULE}
          suffix="%"
          suggestion={SUGGESTIONS.missedFollowUpPercent}
        />
        <TermNumber
          term="escalateAfterDays"
          label="Escalate to both heads after (days unresolved)"
          rule={wholeRule('the number of days', 1, 365)}
          suggestion={SUGGESTIONS.escalateAfterDays}
        />
      </fieldset>
      <fieldset className="sla-terms-grid">
        <legend>Who we sell to</legend>
        {text(
          'idealCustomer',
          'Ideal customer profile',
          'e.g. manufacturers with 50–500 staff in DACH, replacing spreadsheets',
          'Goes into the definitions.',
          true,
        )}
        {text(
          'personas',
          'Personas',
          'e.g. Operations director (decides), plant manager (uses it)',
          'Goes into the definitions.',
          true,
        )}
      </fieldset>
    </section>
  );
}
