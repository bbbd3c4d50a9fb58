// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart, niceCeil } from '../../../renderer/charts/BarChart';
import { ColumnChart } from '../../../renderer/charts/ColumnChart';
import { DivergingChart, shares } from '../../../renderer/charts/DivergingChart';
import { DumbbellChart } from '../../../renderer/charts/DumbbellChart';
import { ScaleGauge } from '../../../renderer/charts/ScaleGauge';
import { wrapText } from '../../../renderer/charts/wrap';

afterEach(cleanup);

const svgTexts = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text')].map((t) => t.textContent ?? '');

describe('charts', () => {
  it('columns: title, axis labels, ticks, a value on every bar, hidden series in the legend, data table', () => {
    const { container } = render(
      <ColumnChart
        title="Scores per dimension"
        categories={['Shared goals', 'Common language']}
        series={[
          { id: 'all', label: 'Everyone (12)', colour: '#009e73', pattern: 'solid', values: [72.4, 50] },
          { id: 's', label: 'Sales (6)', colour: '#d55e00', pattern: 'hatch', values: [80, null] },
        ]}
        hidden={[{ label: 'Marketing', note: 'Hidden to protect anonymity (fewer than 5)' }]}
        yLabel="Score (0-100)"
        xLabel="Dimension"
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Scores per dimension' });
    expect(within(figure).getByRole('img', { name: 'Scores per dimension' })).toBeTruthy();
    const texts = svgTexts(container);
    expect(texts).toEqual(
      expect.arrayContaining(['Score (0-100)', 'Dimension', '0', '25', '50', '75', '100', '72', '80']),
    );
    expect(texts).toContain('–');
    expect(within(figure).getByText('Hidden to protect anonymity (fewer than 5)')).toBeTruthy();
    const table = within(figure).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Shared goals' })).toBeTruthy();
    expect(table.textContent).toContain('72');
    expect(container.querySelector('p.visually-hidden')?.textContent).toContain(
      'Shared goals: Everyone (12) 72, Sales (6) 80',
    );
    // Patterns, not colour alone, tell the series apart.
    expect(container.querySelector('pattern[id*="hatch"]')).not.toBeNull();
  });

  it('bars: notes instead of bars for hidden groups; a round axis end', () => {
    const { container } = render(
      <BarChart
        title="Responses per team"
        xLabel="Number of responses"
        rows={[
          { label: 'Sales', value: 10, colour: '#d55e00' },
          { label: 'Marketing', value: null, note: 'Hidden to protect anonymity (fewer than 5)', colour: '#0072b2' },
        ]}
      />,
    );
    expect(svgTexts(container)).toEqual(
      expect.arrayContaining(['Number of responses', '10', 'Hidden to protect anonymity (fewer than 5)']),
    );
    expect(container.querySelectorAll('rect.chart-bar')).toHaveLength(1);
    expect(niceCeil(12)).toBe(20);
    expect(niceCeil(3)).toBe(4);
    expect(niceCeil(41)).toBe(50);
  });

  it('diverging bars: shares of scale answers, disagreement left of the centre, "don\'t know" apart', () => {
    expect(shares([1, 1, 2, 0, 0])).toEqual([25, 25, 50, 0, 0]);
    expect(shares([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
    const { container } = render(
      <DivergingChart title="Answers" rows={[{ label: 'We meet weekly', counts: [1, 1, 2, 4, 2], dontKnow: 3 }]} />,
    );
    const texts = svgTexts(container);
    expect(texts).toEqual(expect.arrayContaining(['40%', '20%', 'DK 3', '◀ Disagree', 'Agree ▶']));
    const rects = [...container.querySelectorAll('rect.chart-segment')].map((r) => Number(r.getAttribute('x')));
    expect(rects).toEqual([...rects].sort((a, b) => a - b));
    expect(screen.getByRole('table').textContent).toContain('Strongly agree (%)');
  });

  it('dumbbell and gauge print their values', () => {
    const { container } = render(
      <>
        <DumbbellChart
          title="Gaps"
          rows={[{ label: 'Lead flow', a: 80, b: 55, endText: 'Sales +25' }]}
          aLabel="Sales"
          bLabel="Marketing"
          aColour="#d55e00"
          bColour="#0072b2"
          xLabel="Score (0-100)"
          endLabel="Gap"
        />
        <ScaleGauge title="Overall" score={64.6} spread={18.2} />
      </>,
    );
    expect(svgTexts(container)).toEqual(expect.arrayContaining(['80', '55', 'Sales +25', 'Score (0-100)', '65']));
    expect(screen.getByRole('img', { name: 'Overall' })).toBeTruthy();
  });

  it('wraps labels into lines and cuts with an ellipsis', () => {
    expect(wrapText('Closed-loop reporting and tools', 14, 3)).toEqual(['Closed-loop', 'reporting and', 'tools']);
    expect(wrapText('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
  });
});

describe('axis ticks', () => {
  it('are whole numbers in equal steps', async () => {
    const { tickValues } = await import('../../../renderer/charts/BarChart');
    expect(tickValues(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(tickValues(20)).toEqual([0, 5, 10, 15, 20]);
    expect(tickValues(4)).toEqual([0, 1, 2, 3, 4]);
    expect(tickValues(50)).toEqual([0, 10, 20, 30, 40, 50]);
  });
});
