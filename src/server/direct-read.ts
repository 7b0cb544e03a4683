import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  locatedError,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLLeafType,
  type GraphQLScalarType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values.js';
import { inspect } from 'graphql/jsutils/inspect.js';
import { getMetadataStorage } from 'type-graphql';
import type { DataClass } from '../access/policy.js';
import { allowedOnEveryRow, objectFieldDecider, refusalAt, textDecision, type Decider } from '../access/shield.js';
import { TextRefused, usesDirectives } from '../read/json-read.js';
import { jsonTypeOf } from '../read/types.js';
import { compileText, markText, RawText, TEXT, type TextObject } from '../read/json-text.js';
import type { Context } from '../modules/context.js';

/**
 * The direct read path (READ_PATH=direct, the default; docs/read-paths.md, "Answering directly").
 *
 * A root read of the JSON path (read/json-read.ts) gets its rows, nested relations and all, from
 * one statement. graphql-js would then execute every field of every row over them: a resolve info,
 * type-graphql's wrappers and a completion per field, about 7,000 fields on a page of 100 nested
 * agreements, and most of the request's CPU (bench/PROFILE.md). Here, an operation whose every
 * field is answered by the rows themselves is compiled once into a plan (each field: its response
 * key, its policy decider, where its value is in the row, its type), and the response is built by
 * walking the rows with it:
 * - the root field runs as in execution: its arguments coerced by graphql-js, its resolver (the
 *   policy's operation rule, type-graphql, the service) called as graphql-js calls it;
 * - every other field is decided by the same decider its resolver runs (access/shield.ts), which
 *   notes personal data in the request's access-log trail, and refused with the same located error;
 * - values are completed as graphql-js completes them: scalars and enums by their type's
 *   `serialize`, lists, non-null checks and the propagation of null to the nearest nullable field,
 *   errors in the order execution would give them (the walk is depth-first, as synchronous
 *   execution is).
 * An operation with anything else (a field with a resolver of its own that is not a relation read
 * in the statement or a value in the JSON type's `values`, arguments on a nested field, abstract
 * types, directives, more than one root field, a mutation) is executed by graphql-js as before; so
 * is one whose rows turn out not to be the statement's (a relation missing: `Fallback`).
 * With READ_PATH=passthrough (the default), the rows themselves are PostgreSQL's text where the
 * policy's decisions on every field of the rows can be taken in SQL (read/json-text.ts): the walk
 * puts each row's text in the response as it is, with the refusals and access-log records the
 * statement gives beside it.
 * test/access/read-path-equality.test.ts holds these paths, the executed JSON path and the entities
 * path to one answer: data, errors and access-log entries.
 */

/** The root reads that take their rows from the JSON statement (they call `rootRead`). */
const DIRECT_ROOTS = new Set(['agreement', 'agreements', 'integrationPlans', 'measures', 'beneficiaries']);

/** Thrown when a row is not what the plan expects: the operation is executed by graphql-js instead. */
class Fallback extends Error {}

/** How a field finds its value on a row; a field without a resolver of its own names the property it reads. */
type Getter = ((row: StatementRow, ctx: Context) => unknown) & { property?: string };

/** A row the plan walks: the statement's decoded row of whichever JSON type (read/types.ts `Row`), or a page's wrapper of them. */
type StatementRow = Readonly<Record<string, unknown>>;

interface FieldPlan {
  key: string;
  typeName: string;
  fieldName: string;
  /** `Type.field`, as errors name it */
  name: string;
  nodes: readonly FieldNode[];
  type: GraphQLOutputType;
  /** The type's serialization, for a (non-null) scalar or enum: completed without the general path. */
  leaf?: GraphQLLeafType;
  decide?: Decider;
  get: Getter;
  /** The plan of the named type's fields, for an object type. */
  object?: ObjectPlan;
}

/**
 * Where the passthrough (read/json-text.ts) can answer a plan: the JSON type whose rows are the root
 * field's value or, for a page, its one `edges { node }`; and its selection as the passthrough takes
 * it, bound per kind of principal (null: not for that principal).
 */
interface TextPlan {
  type: string;
  node: ObjectPlan;
  bound: Map<string, TextObject | null>;
}

/** The fields asked of an object type, and their decisions for each kind of principal (`Walk.bound`). */
interface ObjectPlan {
  typeName: string;
  fields: FieldPlan[];
  bound: Map<string, Bound>;
}

/**
 * An object's fields as decided for one kind of principal (role, and whether a purpose is stated):
 * a field allowed on every row is not decided per row (`allowedOnEveryRow`). The personal class such
 * a field reads is noted once per row, at the first field of that class, as its decider would note it
 * there: a row whose walk stops at a field (null carried up) notes what execution would have noted.
 */
interface Bound {
  decide: (Decider | undefined)[];
  note: (DataClass | undefined)[];
}

interface RootPlan {
  key: string;
  nodes: readonly FieldNode[];
  fieldName: string;
  type: GraphQLOutputType;
  object: ObjectPlan;
  text?: TextPlan;
}

/** Response paths as graphql-js keeps them: linked, made into arrays only for an error. */
interface Path {
  prev: Path | undefined;
  key: string | number;
}
const pathArray = (path: Path): (string | number)[] => {
  const keys: (string | number)[] = [];
  for (let p: Path | undefined = path; p; p = p.prev) keys.push(p.key);
  return keys.reverse();
};

const isThenable = (v: unknown): v is Promise<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';

/**
 * Where each field of each object type finds its value, from type-graphql's metadata: a field with no
 * resolver of its own reads its property; one with a resolver is answered only if it is a relation the
 * JSON statement read (`@<field>` on the row) or a value of the JSON type's `values`.
 */
/** A class, as type-graphql's metadata names object types and their interfaces. */
type Class = abstract new (...args: never[]) => unknown;

function gettersOf(schema: GraphQLSchema): (type: GraphQLObjectType, field: string) => Getter | undefined {
  const storage = getMetadataStorage() as unknown as {
    objectTypes: { name: string; target: Class; fields?: { name: string; schemaName: string }[]; interfaceClasses?: Class[] }[];
    interfaceTypes: { target: Class; fields?: { name: string; schemaName: string }[] }[];
    fieldResolvers: { getObjectType?: () => Class; schemaName: string }[];
  };
  const resolved = new Set<string>();
  const properties = new Map<string, string>();
  for (const objectType of storage.objectTypes) {
    if (!schema.getType(objectType.name)) continue;
    const fields = [
      ...storage.interfaceTypes.filter((i) => objectType.interfaceClasses?.includes(i.target)).flatMap((i) => i.fields ?? []),
      ...(objectType.fields ?? []),
    ];
    for (const field of fields) properties.set(`${objectType.name}.${field.schemaName}`, field.name);
    for (const fr of storage.fieldResolvers) if (fr.getObjectType?.() === objectType.target) resolved.add(`${objectType.name}.${fr.schemaName}`);
  }
  return (type, field) => {
    const name = `${type.name}.${field}`;
    const spec = jsonTypeOf(type.name);
    if (!resolved.has(name)) {
      // A plain property; an object-valued one only on the rows' wrappers (a connection, its edges),
      // not on a JSON type, whose statement builds no such property.
      if (spec && !isLeafType(getNamedType(type.getFields()[field]!.type))) return undefined;
      const property = properties.get(name) ?? field;
      return Object.assign((row: StatementRow) => row[property], { property });
    }
    if (spec?.relations?.[field]) {
      const key = `@${field}`;
      return (row) => {
        if (!(key in row)) throw new Fallback(`${name}: not read in the statement`);
        return row[key];
      };
    }
    // A JSON type's value function takes that type's row, which is what the plan gives it for the type.
    return spec?.values?.[field] as Getter | undefined;
  };
}

/**
 * Whether a field of an object type can be answered by a plan, itself (its subfields aside): a getter,
 * no arguments, a synchronous decision.
 */
export function directField(schema: GraphQLSchema, getter = gettersOf(schema)): (type: GraphQLObjectType, field: string) => boolean {
  return (type, field) => {
    const def = type.getFields()[field];
    const decide = objectFieldDecider(type.name, field);
    return !!def && def.args.length === 0 && !(decide as { async?: boolean } | undefined)?.async && !!getter(type, field);
  };
}

/**
 * Whether the passthrough answers a field of an object type for a principal, itself (its subfields
 * aside): the direct path does, its value is a column, a relation or has a SQL form (the JSON type's
 * `text`), and its decision is one the passthrough takes (textDecision). The compiler may still find
 * a column it does not write (test/access/read-path-equality.test.ts holds the two to one answer).
 */
export function passthroughField(schema: GraphQLSchema, principal: Context['principal']): (type: GraphQLObjectType, field: string) => boolean {
  const getter = gettersOf(schema);
  const admits = directField(schema, getter);
  return (type, field) => {
    const spec = jsonTypeOf(type.name);
    const written = !!getter(type, field)?.property || !!spec?.relations?.[field] || !!spec?.text?.[field] || !spec;
    return admits(type, field) && written && !!textDecision(type.name, field, principal);
  };
}

/** A document's fragments by name, as graphql-js's execution keeps them. */
function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === 'FragmentDefinition') fragments[d.name.value] = d;
  return fragments;
}

/** Whether the hub answers this document's operation directly (for the tests that hold it equal). */
export function answeredDirectly(schema: GraphQLSchema, document: DocumentNode): boolean {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return !!operation && !!planner(schema)(operation, fragmentsOf(document));
}

/** Compiles operations into plans (or undefined: execute), once per parsed operation. */
function planner(schema: GraphQLSchema) {
  const getter = gettersOf(schema);
  const admits = directField(schema, getter);
  const plans = new WeakMap<OperationDefinitionNode, RootPlan | null>();

  function objectPlan(type: GraphQLObjectType, fragments: Record<string, FragmentDefinitionNode>, fieldNodes: readonly FieldNode[]): ObjectPlan | undefined {
    const fields = collectSubfields(schema, fragments, {}, type, fieldNodes);
    const plan: FieldPlan[] = [];
    for (const [key, nodes] of fields) {
      const fieldName = nodes[0]!.name.value;
      if (fieldName === '__typename') {
        const string = schema.getType('String') as GraphQLScalarType;
        plan.push({ key, typeName: type.name, fieldName, name: `${type.name}.__typename`, nodes, type: string, leaf: string, get: () => type.name });
        continue;
      }
      if (!admits(type, fieldName)) return undefined;
      const def = type.getFields()[fieldName]!;
      const decide = objectFieldDecider(type.name, fieldName);
      const get = getter(type, fieldName)!;
      const named = getNamedType(def.type);
      let object: ObjectPlan | undefined;
      if (!isLeafType(named)) {
        if (!isObjectType(named)) return undefined;
        object = objectPlan(named, fragments, nodes);
        if (!object) return undefined;
      }
      const leaf = isNonNullType(def.type) ? def.type.ofType : def.type;
      plan.push({
        key,
        typeName: type.name,
        fieldName,
        name: `${type.name}.${fieldName}`,
        nodes,
        type: def.type,
        leaf: isLeafType(leaf) ? leaf : undefined,
        decide,
        get,
        object,
      });
    }
    return { typeName: type.name, fields: plan, bound: new Map() };
  }

  return (operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): RootPlan | undefined => {
    let plan = plans.get(operation);
    if (plan === undefined) {
      plan = null;
      const query = schema.getQueryType()!;
      if (operation.operation === 'query' && !usesDirectives(operation, fragments)) {
        const fields = collectFields(schema, fragments, {}, query, operation.selectionSet);
        const [entry] = fields;
        if (fields.size === 1 && DIRECT_ROOTS.has(entry![1][0]!.name.value)) {
          const [key, nodes] = entry!;
          const def = query.getFields()[nodes[0]!.name.value]!;
          const named = getNamedType(def.type);
          const object = isObjectType(named) ? objectPlan(named, fragments, nodes) : undefined;
          if (object) plan = { key, nodes, fieldName: def.name, type: def.type, object, text: textPlan(named as GraphQLObjectType, object) };
        }
      }
      plans.set(operation, plan);
    }
    return plan ?? undefined;
  };
}

/** The rows of a root plan the passthrough may write: the root object of a JSON type, or a page's one `edges { node }`. */
function textPlan(type: GraphQLObjectType, object: ObjectPlan): TextPlan | undefined {
  if (jsonTypeOf(type.name)) return { type: type.name, node: object, bound: new Map() };
  const edges = object.fields.filter((f) => f.fieldName === 'edges');
  const nodes = edges[0]?.object?.fields.filter((f) => f.fieldName === 'node') ?? [];
  const node = nodes[0]?.object;
  if (edges.length !== 1 || nodes.length !== 1 || !node) return undefined;
  const named = getNamedType(nodes[0]!.type);
  return jsonTypeOf(named.name) ? { type: named.name, node, bound: new Map() } : undefined;
}

/** A plan's selection as the passthrough takes it for a principal, or null where a field's decision is not one it takes. */
function textObject(plan: ObjectPlan, principal: Context['principal']): TextObject | null {
  const fields: TextObject['fields'] = [];
  for (const f of plan.fields) {
    const decision = f.fieldName === '__typename' ? undefined : textDecision(f.typeName, f.fieldName, principal);
    if (f.fieldName !== '__typename' && !decision) return null;
    const object = f.object ? textObject(f.object, principal) : undefined;
    if (object === null) return null;
    fields.push({ key: f.key, field: f.fieldName, type: f.type, property: f.get.property, decision, object, name: f.name, nodes: f.nodes });
  }
  return { typeName: plan.typeName, fields };
}

/** What the policy's decisions on a plan depend on, besides the row: the role, and whether a purpose is stated. */
const kindOf = (principal: Context['principal']): string => (principal ? `${principal.role}|${principal.purpose ? 'purpose' : ''}` : '');

/** One response, built by walking the root field's value with its plan, as graphql-js would execute it. */
class Walk {
  readonly errors: GraphQLError[] = [];
  /** Whether a root row's text (the passthrough's) is in the response. */
  texts = false;
  private readonly principalKey: string;
  constructor(private readonly ctx: Context) {
    this.principalKey = kindOf(ctx.principal);
  }

  private bound(plan: ObjectPlan): Bound {
    let bound = plan.bound.get(this.principalKey);
    if (!bound) {
      const noted = new Set<DataClass>();
      bound = { decide: [], note: [] };
      for (const f of plan.fields) {
        const every = f.decide && allowedOnEveryRow(f.typeName, f.fieldName, this.ctx.principal);
        bound.decide.push(every === undefined ? f.decide : undefined);
        bound.note.push(every && !noted.has(every) ? every : undefined);
        if (every) noted.add(every);
      }
      plan.bound.set(this.principalKey, bound);
    }
    return bound;
  }

  /** graphql-js's handleFieldError: located; thrown on to the parent for a non-null field, else null. */
  fieldError(raw: unknown, type: GraphQLOutputType, nodes: readonly FieldNode[], path: Path): null {
    if (raw instanceof Fallback) throw raw;
    const error = locatedError(raw, nodes, pathArray(path));
    if (isNonNullType(type)) throw error;
    this.errors.push(error);
    return null;
  }

  field(plan: FieldPlan, decide: Decider | undefined, row: StatementRow, prev: Path | undefined): unknown {
    let value: unknown;
    try {
      let decision: ReturnType<Decider> = true;
      if (decide) {
        try {
          decision = decide(row, this.ctx);
        } catch {
          decision = false;
        }
      }
      if (decision === true) {
        value = plan.get(row, this.ctx);
        // Most fields: a scalar or an enum with a value. No path unless something goes wrong.
        if (plan.leaf && value !== null && value !== undefined && !(value instanceof Error) && !isThenable(value)) {
          const serialized = plan.leaf.serialize(value);
          if (serialized !== null && serialized !== undefined) return serialized;
        }
      } else if (decision === false) value = refusalAt(plan.nodes, plan.name, pathArray({ prev, key: plan.key }));
      else value = decision;
    } catch (e) {
      return this.fieldError(e, plan.type, plan.nodes, { prev, key: plan.key });
    }
    const path: Path = { prev, key: plan.key };
    try {
      const completed = isThenable(value) ? value.then((v) => this.complete(plan.type, plan, path, v)) : this.complete(plan.type, plan, path, value);
      return isThenable(completed) ? completed.then(undefined, (e) => this.fieldError(e, plan.type, plan.nodes, path)) : completed;
    } catch (e) {
      return this.fieldError(e, plan.type, plan.nodes, path);
    }
  }

  /** graphql-js's completeValue, for the types a plan admits. */
  complete(type: GraphQLOutputType, plan: Pick<FieldPlan, 'name' | 'nodes' | 'object'>, path: Path, value: unknown): unknown {
    if (value instanceof Error) throw value;
    if (isNonNullType(type)) {
      const completed = this.complete(type.ofType, plan, path, value);
      if (completed === null) throw new Error(`Cannot return null for non-nullable field ${plan.name}.`);
      return completed;
    }
    if (value === null || value === undefined) return null;
    if (isListType(type)) {
      if (!Array.isArray(value)) throw new GraphQLError(`Expected Iterable, but did not find one for field "${plan.name}".`);
      const item = type.ofType;
      let pending = false;
      const items = value.map((v, i) => {
        const itemPath: Path = { prev: path, key: i };
        try {
          const completed = isThenable(v) ? v.then((x) => this.complete(item, plan, itemPath, x)) : this.complete(item, plan, itemPath, v);
          if (!isThenable(completed)) return completed;
          pending = true;
          return completed.then(undefined, (e) => this.fieldError(e, item, plan.nodes, itemPath));
        } catch (e) {
          return this.fieldError(e, item, plan.nodes, itemPath);
        }
      });
      return pending ? Promise.all(items) : items;
    }
    if (isLeafType(type)) {
      const serialized = type.serialize(value);
      if (serialized === undefined || serialized === null) {
        throw new Error(`Expected \`${inspect(type)}\`.serialize(${inspect(value)}) to return non-nullable value, returned: ${inspect(serialized)}`);
      }
      return serialized;
    }
    // Neither null, a list nor a leaf: an object type's value, a row.
    return this.object(plan.object!, value as StatementRow, path);
  }

  object(plan: ObjectPlan, row: StatementRow, path: Path | undefined): unknown {
    // A row the passthrough wrote: its text goes out as it is, its reads noted as the deciders note them.
    const text = (row as { [TEXT]?: RawText })[TEXT];
    if (text) {
      this.ctx.audit.disclose(text.records);
      // Its refusals, as the field deciders note and the walk builds them, in execution's order.
      if (text.refusals.length) {
        const at = path ? pathArray(path) : [];
        for (const [field, under, dataClass] of text.refusals) {
          if (dataClass) this.ctx.audit.note(dataClass as DataClass, undefined, false);
          this.errors.push(refusalAt(field.nodes, field.name, [...at, ...under]));
        }
      }
      this.texts = true;
      return text;
    }
    const { decide, note } = this.bound(plan);
    const result: Record<string, unknown> = {};
    let pending: Promise<unknown>[] | undefined;
    for (let i = 0; i < plan.fields.length; i++) {
      const field = plan.fields[i]!;
      const noted = note[i];
      if (noted) this.ctx.audit.note(noted, row, true);
      const value = this.field(field, decide[i], row, path);
      if (isThenable(value)) {
        pending ??= [];
        pending.push(
          value.then((v) => {
            result[field.key] = v;
          }),
        );
      }
      result[field.key] = value;
    }
    return pending ? Promise.all(pending).then(() => result) : result;
  }
}

/**
 * Has the root read take the passthrough's statement (read/json-text.ts), where every field of the
 * rows' selection is decided in it for this principal and written in SQL.
 */
function passThrough(ctx: Context, text: TextPlan): void {
  const key = kindOf(ctx.principal);
  const object = text.bound.getOrInsertComputed(key, () => textObject(text.node, ctx.principal));
  if (!object || !ctx.principal) return;
  try {
    const compiled = compileText(ctx.reader, ctx.principal, object);
    if (compiled) ctx.text = { type: text.type, compiled };
  } catch (error) {
    // A fault of the compiler's own: the direct path answers, and the fault is logged to be fixed.
    ctx.log.error({ err: error }, 'passthrough: could not compile the statement; answered by the direct path');
  }
}

const response = (data: Record<string, unknown> | null, errors: GraphQLFormattedError[] | undefined): GraphQLResponse => ({
  http: { headers: new HeaderMap() },
  body: { kind: 'single', singleResult: errors ? { data, errors } : { data } },
});

/**
 * The plugin: answers the operations a plan admits (above) before execution; Apollo Server then
 * sends that response through the same `willSendResponse` hooks (the access log, metrics, status
 * codes). Errors are formatted by the server's own formatter, as Apollo Server formats execution's.
 */
export function directReadPlugin(
  schema: GraphQLSchema,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  answered?: (path: 'passthrough' | 'direct') => void,
): ApolloServerPlugin<Context> {
  const planOf = planner(schema);
  const format = (error: GraphQLError): GraphQLFormattedError => {
    try {
      return formatError({ ...error.toJSON(), extensions: { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' } }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  };
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.readPath !== 'direct' && contextValue.readPath !== 'passthrough') return;
      return {
        async responseForOperation(request: GraphQLRequestContext<Context>) {
          const { operation, document, contextValue: ctx } = request;
          if (!operation || !document) return null;
          const fragments = fragmentsOf(document);
          const plan = planOf(operation, fragments);
          if (!plan) return null;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.request.variables ?? {});
          if (coerced.errors) return null;
          const query = schema.getQueryType()!;
          const def = query.getFields()[plan.fieldName]!;
          const info: GraphQLResolveInfo = {
            fieldName: plan.fieldName,
            fieldNodes: plan.nodes,
            returnType: def.type,
            parentType: query,
            path: { prev: undefined, key: plan.key, typename: query.name },
            schema,
            fragments,
            rootValue: undefined,
            operation,
            variableValues: coerced.coerced,
          };
          const walk = new Walk(ctx);
          const root: Pick<FieldPlan, 'name' | 'nodes' | 'object'> = { name: `${query.name}.${plan.fieldName}`, nodes: plan.nodes, object: plan.object };
          const path: Path = { prev: undefined, key: plan.key };
          if (ctx.readPath === 'passthrough' && plan.text) passThrough(ctx, plan.text);
          const resolve = async () => {
            try {
              return await def.resolve!(undefined, getArgumentValues(def, plan.nodes[0]!, coerced.coerced), ctx, info);
            } catch (e) {
              return e instanceof Error ? e : new Error(String(e));
            }
          };
          let value: unknown;
          try {
            let resolved = await resolve();
            if (resolved instanceof TextRefused) {
              // A non-null field refused on a row: the walk carries its null up, as execution does.
              // Or PostgreSQL rejected the statement: a fault to fix, logged; the walk answers.
              if (resolved.cause) ctx.log.error({ err: resolved.cause }, 'passthrough: the statement failed; answered by the direct path');
              ctx.text = undefined;
              resolved = await resolve();
            }
            try {
              value = await walk.complete(def.type, root, path, resolved);
            } catch (e) {
              value = walk.fieldError(e, def.type, plan.nodes, path);
            }
          } catch (e) {
            if (e instanceof Fallback) {
              ctx.log.debug({ reason: e.message }, 'direct read: executed instead');
              return null;
            }
            // Thrown past the root: a non-null root field's error; data is null.
            walk.errors.push(e as GraphQLError);
            return response(null, walk.errors.map(format));
          }
          const data = { [plan.key]: value };
          if (walk.texts) markText(data);
          answered?.(ctx.text ? 'passthrough' : 'direct');
          return response(data, walk.errors.length ? walk.errors.map(format) : undefined);
        },
      };
    },
  };
}
