import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildNewWorkshop } from '../../shared/domain/newWorkshop';
import type { NewWorkshopInput, Workshop } from '../../shared/schema/workshop';

/** A fresh temp folder for one test's data. */
export function tempDataDir(prefix = 'tandem-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A valid new workshop, as the library would create it. */
export function sampleWorkshop(
  overrides: Partial<NewWorkshopInput> = {},
  now = new Date('2026-11-23T10:00:00Z'),
): Workshop {
  return buildNewWorkshop(
    {
      title: 'Q1 Smarketing workshop',
      company: 'Acme Robotics',
      date: '2026-12-01',
      facilitator: 'Dana',
      teams: [
        { name: 'Sales', side: 'sales' },
        { name: 'Marketing', side: 'marketing' },
      ],
      ...overrides,
    },
    now,
  );
}
