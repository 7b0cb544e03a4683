import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors.js';
import { IntField, TextField, line } from './input.js';

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

export interface Edge<T> {
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

export const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');

export function decodeCursor(value: string): Cursor {
  try {
    const [key, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [Cursor['key'], string];
    if (typeof id !== 'string' || !['string', 'number', 'object'].includes(typeof key)) throw new Error('shape');
    return { key, id };
  } catch {
    throw new BadUserInputError('`after` is not a cursor this API issued: pass pageInfo.endCursor unchanged.', {
      messageBg: 'Невалиден курсор за страниране.',
      details: { field: 'after' },
    });
  }
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
