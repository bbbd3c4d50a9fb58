// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseItemMinutes } from '../../../shared/domain/agenda';
import { CheckedInput } from '../../../renderer/agenda/AgendaEditor';

afterEach(cleanup);

function minutesField(onCommit: (v: string) => void) {
  render(
    <>
      <label htmlFor="m">Minutes</label>
      <CheckedInput
        id="m"
        className="agenda-minutes-input"
        value="15"
        check={(text) => {
          const r = parseItemMinutes(text);
          return 'error' in r ? r : { value: String(r.minutes) };
        }}
        onCommit={onCommit}
      />
    </>,
  );
  return screen.getByLabelText('Minutes') as HTMLInputElement;
}

describe('agenda minutes field', () => {
  it('keeps invalid text with a message and saves nothing', () => {
    const onCommit = vi.fn();
    const input = minutesField(onCommit);
    for (const bad of ['0', '-5', '', '999999']) {
      fireEvent.change(input, { target: { value: bad } });
      expect(input.value).toBe(bad);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByRole('alert').textContent).toMatch(/minute/);
    }
    expect(screen.getByRole('alert').textContent).toMatch(/600/);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('saves a valid value and clears the message', () => {
    const onCommit = vi.fn();
    const input = minutesField(onCommit);
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.change(input, { target: { value: '20' } });
    expect(onCommit).toHaveBeenCalledWith('20');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });
});
