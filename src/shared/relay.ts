import { Temporal } from '@js-temporal/polyfill';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { ISO_DATE } from './dates.js';
import { BadUserInputError } from './errors.js';
import { UUID } from './ids.js';
import { IntField, LONE_SURROGATE, TextField, line } from './input.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** A cursor holds a sort key (up to a 200-character name, as UTF-8, base64url) and an id. */
export const CURSOR = line(2000);

@ObjectType('PageInfo', { description: 'Relay page information; pass endCursor as `after` for the next page.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @IntField({ min: 1, max: MAX_PAGE_SIZE }, { nullable: true, description: `Page size (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number;

  @TextField(CURSOR, { nullable: true, description: 'The endCursor of the previous page, unchanged.' })
  after?: string;
}

interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted lazily, only when asked for. */
  readonly totalCount: Promise<number>;
}

/** A Relay connection type for a node type: `<Name>Connection` with `<Name>Edge`. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} in a stable order.` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter (all pages) that the caller may see.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** A position in a stable ordering: the sort key and the id that breaks ties. */
export interface Cursor {
  key: string | number | null;
  id: string;
}

/** What a cursor's sort key must be: the type of the column the page is sorted by. */
export type CursorKey = 'uuid' | 'date' | 'timestamp' | 'text' | 'integer';

// A cursor's key goes into SQL as a value of its column: anything else is a forged cursor (never an
// operator object, never a string PostgreSQL cannot read as the column's type).
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const storableYear = (year: number) => year >= 1 && year <= 9999;
const KEYS: Record<CursorKey, (key: unknown) => boolean> = {
  uuid: (key) => typeof key === 'string' && UUID.test(key),
  date: (key) => {
    if (typeof key !== 'string' || !ISO_DATE.test(key)) return false;
    try {
      return storableYear(Temporal.PlainDate.from(key, { overflow: 'reject' }).year);
    } catch {
      return false;
    }
  },
  timestamp: (key) => typeof key === 'string' && INSTANT.test(key) && storableYear(new Date(key).getUTCFullYear()),
  text: (key) => typeof key === 'string' && key.length <= 2000 && !key.includes('\u0000') && !LONE_SURROGATE.test(key),
  integer: (key) => Number.isSafeInteger(key),
};

export const encodeCursor = (cursor: Cursor): string => encodeOpaque([cursor.key, cursor.id]);

/** A value the API hands out as a cursor: base64url JSON, which clients pass back unchanged. */
export const encodeOpaque = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export const forgedCursor = () =>
  new BadUserInputError('after: not a cursor this API issued: pass pageInfo.endCursor unchanged.', {
    messageBg: 'after: невалиден курсор за страниране.',
    details: { field: 'after' },
  });

/** The JSON inside a cursor; BAD_USER_INPUT when it is not base64url JSON. */
export function decodeOpaque(value: string): unknown {
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw forgedCursor();
  }
}

/** A cursor of a page sorted by a column of kind `key` (null only where the column is nullable), then by id. */
export function decodeCursor(value: string, key: CursorKey = 'text', nullable = false): Cursor {
  const parsed = decodeOpaque(value);
  if (Array.isArray(parsed) && parsed.length === 2) {
    const [k, id] = parsed as unknown[];
    if (typeof id === 'string' && UUID.test(id) && ((k === null && nullable) || KEYS[key](k))) return { key: k as Cursor['key'], id };
  }
  throw forgedCursor();
}

export function pageSize(first: number | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${size}.`, {
      messageBg: `first трябва да бъде между 1 и ${MAX_PAGE_SIZE}.`,
      details: { field: 'first' },
    });
  }
  return size;
}
