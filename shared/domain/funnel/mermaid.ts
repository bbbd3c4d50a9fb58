import type { Funnel } from '../../schema/funnel';
import { cleanText } from '../text';
import { forwardOrder } from './edges';
import { OWNER_LABEL } from './lanes';

/** The longest label text put into the diagram; the full text stays in the playbook's tables. */
const MAX_LABEL = 80;

/** Okabe-Ito fills per owner, as on the canvas; the owner's name is always in the label too. */
const OWNER_STYLE: Record<string, string> = {
  marketing: 'fill:#0072b2,color:#ffffff,stroke:#00456b',
  shared: 'fill:#009e73,color:#ffffff,stroke:#005c43',
  sales: 'fill:#d55e00,color:#ffffff,stroke:#7f3800',
  'customer-success': 'fill:#cc79a7,color:#000000,stroke:#7a3f63',
};

/**
 * Escapes user text for a quoted Mermaid label: letters, digits, spaces and plain punctuation stay;
 * everything else (quotes, brackets, pipes, #, ;, <, >, &, backticks, newlines) becomes a Mermaid
 * entity code (#34;), so no label can end the string, open a link or inject markup. Long text is cut.
 */
export function mermaidLabel(text: string): string {
  const flat = cleanText(text).replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  const cut = chars.length > MAX_LABEL ? [...chars.slice(0, MAX_LABEL - 1), '…'] : chars;
  return cut.map((c) => (/^[\p{L}\p{N} .,:!?'()/+\-%*@_=…]$/u.test(c) ? c : `#${c.codePointAt(0)};`)).join('');
}

function formatNumber(n: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);
}

/** What the revenue model says per stage, for the diagram: the rate to the next stage, and the need in words. */
export interface MermaidNumbers {
  rates: Record<string, number | null>;
  /** e.g. "1,857 per year needed". */
  needs?: Record<string, string>;
}

/**
 * The funnel as a Mermaid flowchart (left to right) that GitHub and other Markdown viewers render:
 * one node per stage with its owner, its conversion rate and what the goal needs (from the revenue model
 * when `numbers` is given), solid arrows for hand-offs with the promised response time and attempts,
 * dotted arrows for the ways back with their reason.
 */
export function funnelToMermaid(funnel: Pick<Funnel, 'stages' | 'handoffs'>, numbers?: MermaidNumbers): string {
  const lines = ['flowchart LR'];
  const order = forwardOrder(funnel);
  const key = new Map(order.map((id, i) => [id, `s${i + 1}`]));
  const byId = new Map(funnel.stages.map((s) => [s.id, s]));
  for (const id of order) {
    const s = byId.get(id);
    if (!s) continue;
    const parts = [mermaidLabel(s.name), mermaidLabel(OWNER_LABEL[s.owner])];
    const rate = numbers ? (numbers.rates[s.id] ?? null) : s.conversionRate;
    if (rate !== null) parts.push(mermaidLabel(`${formatNumber(rate)}% to next`));
    const need = numbers?.needs?.[s.id];
    if (need) parts.push(mermaidLabel(need));
    lines.push(`  ${key.get(id)}["${parts.join('<br/>')}"]:::${s.owner === 'customer-success' ? 'cs' : s.owner}`);
  }
  for (const h of funnel.handoffs) {
    const from = key.get(h.source);
    const to = key.get(h.target);
    if (!from || !to) continue;
    if (h.kind === 'recycle') {
      const label = mermaidLabel(h.reason ? `way back: ${h.reason}` : 'way back');
      lines.push(`  ${from} -.->|"${label}"| ${to}`);
    } else {
      const promise: string[] = [];
      if (h.responseHours !== null) promise.push(`within ${formatNumber(h.responseHours)} h`);
      if (h.followUpAttempts !== null) promise.push(`${formatNumber(h.followUpAttempts)} attempts`);
      lines.push(promise.length ? `  ${from} -->|"${mermaidLabel(promise.join(', '))}"| ${to}` : `  ${from} --> ${to}`);
    }
  }
  for (const [owner, style] of Object.entries(OWNER_STYLE)) {
    lines.push(`  classDef ${owner === 'customer-success' ? 'cs' : owner} ${style}`);
  }
  return `${lines.join('\n')}\n`;
}
