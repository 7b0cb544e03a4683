import {
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Arg, Extensions, Field, ID, Int, UseMiddleware, getMetadataStorage, type ArgOptions, type MiddlewareFn } from 'type-graphql';
import { YEARS } from './dates.js';
import { BadUserInputError } from './errors.js';
import { UUID } from './ids.js';

/** What @Field takes first: `() => String`, `() => [ID]`. */
type ReturnTypeFunc = Exclude<Parameters<typeof Field>[0], undefined>;

/**
 * What an input position accepts beyond its GraphQL type. Declared with the field or argument
 * (TextField, TextArg, IntField, ListField, …), which also writes it into the description integrators
 * read; enforced for every root field by one middleware (checkInput) before the resolver runs, so no
 * value over a limit, with a control character, or out of range reaches a service or PostgreSQL.
 */
export interface InputRule {
  /** Text: at most this many characters (Unicode code points). */
  maxLength?: number;
  /** Text: free text, which may hold line breaks and tabs; one-line text holds no control character. */
  multiline?: boolean;
  /** Lists: at most this many items, each checked against `item`. */
  maxItems?: number;
  item?: InputRule;
  /** Numbers: the inclusive range. */
  min?: number;
  max?: number;
  /** An optional field whose column cannot be null: it is left out, never null. */
  notNull?: boolean;
}

export type TextRule = Required<Pick<InputRule, 'maxLength'>> & Pick<InputRule, 'multiline'>;

/** One line of text: a name, a code, a reference, an address. */
export const line = (maxLength: number): TextRule => ({ maxLength });
/** Free text (notes, findings, descriptions): line breaks and tabs allowed. */
export const free = (maxLength: number): TextRule => ({ maxLength, multiline: true });

/** Codes of the reference data and of the API's own vocabularies (municipality, institution, country, role). */
export const CODE = line(50);

// Where nothing is declared (schema tests fail on that): the strictest usual limits.
const DEFAULT_TEXT: TextRule = line(200);
const DEFAULT_ITEMS = 100;

/** The key of a rule in a GraphQL input field's or argument's extensions. */
const RULE = 'inputRule';
/** Plain @Arg arguments carry no extensions in type-graphql: their rules ride on the field. */
const argRuleKey = (name: string) => `inputRule:${name}`;

const sentence = (text: string | undefined) => (!text ? '' : /[.!?)]$/.test(text) ? text : `${text}.`);
const join = (...parts: (string | undefined)[]) => parts.map(sentence).filter(Boolean).join(' ');

/** The limit as integrators read it in the schema. */
function describeRule(rule: InputRule, kind: 'text' | 'id' | 'number' | 'list' | 'value'): string {
  if (kind === 'text') return `At most ${rule.maxLength} characters${rule.multiline ? '; line breaks allowed' : ', one line'}.`;
  if (kind === 'id') return 'A UUID.';
  if (kind === 'number') return `From ${rule.min} to ${rule.max}.`;
  if (kind === 'list') {
    const item = rule.item?.maxLength ? `, each at most ${rule.item.maxLength} characters${rule.item.multiline ? '' : ', one line'}` : '';
    return `At most ${rule.maxItems} items${item}.`;
  }
  return rule.notNull ? 'May be left out, but not null.' : '';
}

type InputFieldOptions = { nullable?: boolean; defaultValue?: unknown; description?: string };

function ruledField(type: ReturnTypeFunc, rule: InputRule | undefined, limit: string, options: InputFieldOptions): PropertyDecorator {
  const field = Field(type, { ...options, description: join(options.description, limit) });
  const extensions = rule && Extensions({ [RULE]: rule });
  return (target, key) => {
    field(target, key as string);
    extensions?.(target, key as string);
  };
}

function ruledArg(name: string, type: ReturnTypeFunc, rule: InputRule | undefined, limit: string, options: ArgOptions): ParameterDecorator {
  const arg = Arg(name, type, { ...options, description: join(options.description, limit) });
  const extensions = rule && Extensions({ [argRuleKey(name)]: rule });
  return (target, key, index) => {
    arg(target, key!, index);
    extensions?.(target, key as string);
  };
}

/** A String input field (or @ArgsType field) with its limit. */
export const TextField = (rule: TextRule, options: InputFieldOptions = {}) => ruledField(() => String, rule, describeRule(rule, 'text'), options);
/** An ID input field: the hub issues UUIDs only. */
export const IdField = (options: InputFieldOptions = {}) => ruledField(() => ID, undefined, describeRule({}, 'id'), options);
/** An Int input field with its range. */
export const IntField = (range: { min: number; max: number }, options: InputFieldOptions = {}) =>
  ruledField(() => Int, range, describeRule(range, 'number'), options);
/** A list input field; `rule.item` is the rule of each item (text items must have one). */
export const ListField = (type: ReturnTypeFunc, rule: InputRule & { maxItems: number }, options: InputFieldOptions = {}) =>
  ruledField(type, rule, describeRule(rule, 'list'), options);
/** An optional field whose column cannot be null: left out it keeps its value (or gets its default), null is refused. */
export const KeptField = (type: ReturnTypeFunc, options: InputFieldOptions = {}) =>
  ruledField(type, { notNull: true }, describeRule({ notNull: true }, 'value'), { ...options, nullable: true });

/** A String argument with its limit. */
export const TextArg = (name: string, rule: TextRule, options: ArgOptions = {}) => ruledArg(name, () => String, rule, describeRule(rule, 'text'), options);
/** An ID argument (a UUID). */
export const IdArg = (name: string, options: ArgOptions = {}) => ruledArg(name, () => ID, undefined, describeRule({}, 'id'), options);
/** A list argument with its size. */
export const ListArg = (name: string, type: ReturnTypeFunc, rule: InputRule & { maxItems: number }, options: ArgOptions = {}) =>
  ruledArg(name, type, rule, describeRule(rule, 'list'), options);

type Check = (value: unknown, path: string) => void;

function refuse(path: string, message: string, messageBg: string): never {
  const field = path
    .replace(/\[\d+\]$/, '')
    .split('.')
    .at(-1)!;
  throw new BadUserInputError(`${path}: ${message}`, { messageBg: `${path}: ${messageBg}`, details: { field, path } });
}

// C0 and C1 controls; free text keeps tab, line feed and carriage return.
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_FREE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Half of a surrogate pair alone: not text, and PostgreSQL would store a replacement character.
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Characters as the schema counts them (and PostgreSQL's char_length): code points, not UTF-16 units. */
export function codePoints(text: string): number {
  if (!/[\ud800-\udfff]/.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

function textCheck(rule: InputRule): Check {
  const max = rule.maxLength ?? DEFAULT_TEXT.maxLength;
  const control = rule.multiline ? CONTROL_FREE : CONTROL_LINE;
  return (value, path) => {
    const text = value as string;
    // UTF-16 length bounds code points from above: count only when it could be over.
    if (text.length > max && codePoints(text) > max) {
      refuse(path, `must be at most ${max} characters, got ${codePoints(text)}`, `трябва да е най-много ${max} знака`);
    }
    if (control.test(text)) {
      refuse(
        path,
        rule.multiline ? 'contains a control character (only line breaks and tabs are allowed)' : 'contains a control character or a line break',
        'съдържа непозволен управляващ знак',
      );
    }
    if (LONE_SURROGATE.test(text)) refuse(path, 'is not well-formed Unicode text', 'не е правилен Unicode текст');
  };
}

/** The checks of a text argument, for input that does not come through GraphQL (the CSV reports' query strings). */
export function checkText(value: string, rule: TextRule, path: string): string {
  textCheck(rule)(value, path);
  return value;
}

const idCheck: Check = (value, path) => {
  const id = String(value);
  if (!UUID.test(id)) refuse(path, `'${id.slice(0, 40)}' is not an id issued by this hub (a UUID)`, 'не е валиден идентификатор');
};

const rangeCheck =
  (rule: InputRule): Check =>
  (value, path) => {
    const n = value as number;
    if ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max)) {
      refuse(path, `must be from ${rule.min} to ${rule.max}, got ${n}`, `трябва да е от ${rule.min} до ${rule.max}`);
    }
  };

// A timestamp (DateTimeISO) comes in as a Date: the same years as a Date.
const instantCheck: Check = (value, path) => {
  const year = (value as Date).getUTCFullYear();
  if (!(year >= YEARS.min && year <= YEARS.max)) {
    refuse(path, `must be in the years ${YEARS.min}–${YEARS.max}`, `трябва да е в годините ${YEARS.min}–${YEARS.max}`);
  }
};

const objectChecks = new WeakMap<GraphQLInputObjectType, Check>();

function objectCheck(type: GraphQLInputObjectType): Check {
  let check = objectChecks.get(type);
  if (check) return check;
  // Set before the fields are compiled: an input type may (indirectly) contain itself.
  let fields: [string, Check][] | undefined;
  check = (value, path) => {
    fields ??= Object.values(type.getFields()).map((f) => [f.name, typeCheck(f.type, f.extensions?.[RULE] as InputRule | undefined)]);
    const object = value as Record<string, unknown>;
    for (const [name, fieldCheck] of fields) {
      if (object[name] !== undefined) fieldCheck(object[name], `${path}.${name}`);
    }
  };
  objectChecks.set(type, check);
  return check;
}

function typeCheck(type: GraphQLInputType, rule: InputRule | undefined): Check {
  if (isNonNullType(type)) return typeCheck(type.ofType, rule);
  const inner = ((): Check | undefined => {
    if (isListType(type)) {
      const max = rule?.maxItems ?? DEFAULT_ITEMS;
      const item = typeCheck(type.ofType, rule?.item);
      return (value, path) => {
        const items = value as unknown[];
        if (items.length > max) refuse(path, `must have at most ${max} items, got ${items.length}`, `трябва да има най-много ${max} елемента`);
        for (const [i, v] of items.entries()) item(v, `${path}[${i}]`);
      };
    }
    if (isInputObjectType(type)) return objectCheck(type);
    if (isScalarType(type)) {
      if (type.name === 'String') return textCheck(rule ?? DEFAULT_TEXT);
      if (type.name === 'ID') return idCheck;
      if ((type.name === 'Int' || type.name === 'Float') && rule && (rule.min !== undefined || rule.max !== undefined)) return rangeCheck(rule);
      if (type.name === 'DateTimeISO') return instantCheck;
    }
    return undefined; // enums, booleans, and scalars that check themselves (Date)
  })();
  return (value, path) => {
    if (value === null) {
      if (rule?.notNull) refuse(path, 'must not be null: leave it out instead', 'не може да е null: пропуснете го');
      return;
    }
    inner?.(value, path);
  };
}

/** The rule of an argument of a root field, wherever it was declared. */
const argRule = (field: GraphQLField<unknown, unknown>, arg: GraphQLField<unknown, unknown>['args'][number]) =>
  (field.extensions?.[argRuleKey(arg.name)] ?? arg.extensions?.[RULE]) as InputRule | undefined;

const fieldChecks = new WeakMap<object, (args: Record<string, unknown>) => void>();

function fieldCheck(field: GraphQLField<unknown, unknown>) {
  let check = fieldChecks.get(field);
  if (!check) {
    const args = field.args.map((arg) => [arg.name, typeCheck(arg.type, argRule(field, arg))] as const);
    check = (values) => {
      for (const [name, argCheck] of args) {
        // No argument of this API gives null a meaning of its own (a null filter, date or note is
        // none): read it as left out, which is what the resolvers and services' defaults expect.
        if (values[name] === null) delete values[name];
        if (values[name] !== undefined) argCheck(values[name], name);
      }
    };
    fieldChecks.set(field, check);
  }
  return check;
}

/** Checks a root field's arguments against their rules (a null argument is one left out), then lets the resolver run. */
const checkInput: MiddlewareFn = ({ args, info }, next) => {
  fieldCheck(info.parentType.getFields()[info.fieldName]!)(args);
  return next();
};

const guarded = new WeakSet<object>();
/** Puts checkInput in front of every query and mutation of these resolver classes (not their field resolvers: no input there). */
// biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes resolvers as Function.
export function checkInputsOf(resolvers: readonly Function[]): void {
  const storage = getMetadataStorage();
  for (const handler of [...storage.queries, ...storage.mutations]) {
    if (!resolvers.includes(handler.target) || guarded.has(handler)) continue;
    guarded.add(handler);
    UseMiddleware(checkInput)(handler.target.prototype, handler.methodName, {});
  }
}

/** One input position of the schema: where it is, its GraphQL type and its rule. */
export interface InputPosition {
  /** e.g. `Mutation.registerBeneficiary(input.languages)` */
  coordinate: string;
  /** The path in error messages, from the argument: `input.languages`. */
  path: string;
  rootType: 'Query' | 'Mutation';
  rootField: string;
  type: GraphQLInputType;
  description: string | undefined;
  rule: InputRule | undefined;
}

/** Every argument and input field reachable from the root Query and Mutation fields (for tests and docs). */
export function inputPositions(schema: GraphQLSchema): InputPosition[] {
  const out: InputPosition[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const visit = (type: GraphQLInputType, path: string, description: string | undefined, rule: InputRule | undefined, seen: Set<string>) => {
        out.push({
          coordinate: `${root.name}.${field.name}(${path})`,
          path,
          rootType: root.name as 'Query' | 'Mutation',
          rootField: field.name,
          type,
          description,
          rule,
        });
        let named = type;
        while (isNonNullType(named) || isListType(named)) named = named.ofType;
        if (isInputObjectType(named) && !seen.has(named.name)) {
          for (const f of Object.values(named.getFields())) {
            visit(f.type, `${path}.${f.name}`, f.description ?? undefined, f.extensions?.[RULE] as InputRule | undefined, new Set([...seen, named.name]));
          }
        }
      };
      for (const arg of field.args) visit(arg.type, arg.name, arg.description ?? undefined, argRule(field, arg), new Set());
    }
  }
  return out;
}
