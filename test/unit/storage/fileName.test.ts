import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../shared/domain/text';

describe('safeFileName', () => {
  it.each([
    ['../x', 'x.json'],
    ['../x - ../x', 'x - x.json'],
    ['.. - ..', 'workshop.json'],
    ['a/b', 'a b.json'],
    ['CON', '_CON.json'],
    ['nul.txt', '_nul.txt.json'],
    ['  ', 'workshop.json'],
    ['Ωmega 販売 🚀', 'Ωmega 販売 🚀.json'],
    ['C:\\Windows\\evil', 'C Windows evil.json'],
  ])('%s -> %s', (input, expected) => {
    expect(safeFileName(input, 'json')).toBe(expected);
  });

  it('never yields a path, a reserved name or an over-long name (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const name = safeFileName(text, 'md');
        expect(name).not.toMatch(/[\\/:*?"<>|]/);
        expect(name.startsWith('.')).toBe(false);
        expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        expect(Array.from(name).length).toBeLessThanOrEqual(84);
        expect(name.endsWith('.md')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
