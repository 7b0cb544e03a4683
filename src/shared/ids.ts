import { BadUserInputError } from './errors.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an id argument before it reaches SQL (a malformed uuid would be a database error). */
export function parseId(value: string, field = 'id'): string {
  if (!UUID.test(value)) {
    throw new BadUserInputError(`${field} '${value}' is not an id issued by this hub.`, {
      messageBg: `${field} '${value}' не е валиден идентификатор.`,
      details: { field },
    });
  }
  return value.toLowerCase();
}
