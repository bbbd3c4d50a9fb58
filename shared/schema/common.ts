import { z } from 'zod';
import { LIMITS } from './limits';

export { LIMITS };

/** A stable identifier: a UUID, never derived from user text, so it is always safe as a file name. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** A short, human text such as a title or a name; trimmed, never empty. */
export const ShortText = z.string().trim().min(1).max(LIMITS.shortText);

/** Free text that may be empty (notes, criteria, definitions). */
export const LongText = z.string().max(LIMITS.longText);

/** A calendar day as YYYY-MM-DD. */
export const IsoDate = z.iso.date();

/** A moment as an ISO 8601 timestamp (used for workshop edits, never for survey responses). */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A percentage 0-100 inclusive. */
export const Percent = z.number().min(0).max(100);

/** A count or amount that cannot be negative. */
export const NonNegative = z.number().finite().min(0);
