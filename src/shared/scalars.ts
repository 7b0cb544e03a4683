import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Temporal } from '@js-temporal/polyfill';
import { inYears, ISO_DATE, YEARS } from './dates.js';

const check = (value: unknown): string => {
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    let date: Temporal.PlainDate | undefined;
    try {
      date = Temporal.PlainDate.from(value, { overflow: 'reject' });
    } catch {
      // falls through to the error below
    }
    if (date && inYears(date)) return date.toString();
    if (date) {
      throw new GraphQLError(`Date must be in the years ${YEARS.min}–${YEARS.max}, got ${JSON.stringify(value)}.`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  }
  throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(String(value).slice(0, 40))}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
};

/** A calendar date without time or zone (dates of the Ordinance are days in Europe/Sofia). */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: `A calendar date, ISO 8601 YYYY-MM-DD (a day in Europe/Sofia), in the years ${YEARS.min}–${YEARS.max}.`,
  // Values come from `date` columns (valid days): the form is checked, not the calendar (cheap on long pages).
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && ISO_DATE.test(value)) return value;
    return check(value);
  },
  parseValue: check,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
    return check(ast.value);
  },
});
