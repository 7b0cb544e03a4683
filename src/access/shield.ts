import { defaultFieldResolver, GraphQLError, isObjectType, responsePathAsArray, type FieldNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield, type IRule, type IRules } from 'graphql-shield';
import { ErrorCode, PurposeRequiredError, UnauthenticatedError, withoutStack } from '../shared/errors.js';
import type { CaseArea } from '../domain/children.js';
import type { Principal } from './principal.js';
import {
  classOf,
  DataClass,
  describeClass,
  mayPerform,
  mayRead,
  mayReadAny,
  mayReadRow,
  declaredPolicy,
  PERSONAL_CLASSES,
  rowLimits,
  type ByRow,
  type FieldClass,
} from './policy.js';

/**
 * What the policy's decisions take from a request: who asks, where decisions on personal data are
 * noted (the access log's trail), and the areas of a child's case the caller sees (one query per
 * request). The features' request context has all of it; the policy needs to know nothing more.
 */
export interface PolicyContext {
  principal: Principal | null;
  audit: { note(dataClass: DataClass, record: unknown, allowed: boolean): void };
  loaders: { caseAreas: { load(caseId: string): Promise<readonly CaseArea[]> } };
}

// Rules stay small and never throw (shield would mask the error). Their decision depends only on
// the principal and the parent row, so they need no cache (cheaper to run than to hash); their one
// side effect is to note personal-data decisions in the request's audit trail.
const needToken = () =>
  withoutStack(
    () =>
      new UnauthenticatedError('This field needs a bearer token: send "Authorization: Bearer <token>".', {
        messageBg: 'Това поле изисква токен: изпратете "Authorization: Bearer <токен>".',
      }),
  );

const needPurpose = () =>
  withoutStack(
    () =>
      new PurposeRequiredError('Personal data is given only for a stated purpose: send an X-Purpose header (or a purpose claim in the token).', {
        messageBg: 'Лични данни се предоставят само с посочена цел: изпратете заглавка X-Purpose.',
      }),
  );

/**
 * The decision for one field: allowed, refused (FORBIDDEN), or refused for want of a purpose.
 * Every decision on a personal-data field is noted in the request's audit trail (the record is the
 * field's parent object), so the access log holds what was read and what was refused.
 */
function decide(ctx: PolicyContext, allowed: boolean, personal: boolean, dataClass?: DataClass, record?: unknown) {
  if (!ctx.principal) return needToken();
  if (allowed && personal && !ctx.principal.purpose) {
    if (dataClass) ctx.audit.note(dataClass, record, false);
    return needPurpose();
  }
  if (dataClass && personal) ctx.audit.note(dataClass, record, allowed);
  return allowed;
}

/** A field's decision on one row: read it, refuse it (FORBIDDEN), or refuse it with this error. */
type Decision = boolean | Error;
export type Decider = (parent: unknown, ctx: PolicyContext) => Decision | Promise<Decision>;

/** The class a list field's decision is noted under: its rows' first personal class. */
const firstPersonal = (rows: ByRow): DataClass | undefined => rows.classes.find((c) => PERSONAL_CLASSES.has(c));

/** Fields of one class on one type decide alike (row limits and row classes depend on the type). */
const classKey = (typeName: string, fieldClass: FieldClass) => `${typeName}:${describeClass(fieldClass)}`;

const deciders = new Map<string, Decider>();
/** The decision for fields of one class on one type. */
function deciderFor(typeName: string, fieldClass: FieldClass): Decider {
  const key = classKey(typeName, fieldClass);
  let d = deciders.get(key);
  if (d) return d;
  if (typeof fieldClass === 'object' && 'caseArea' in fieldClass) {
    // A part of a child's case: UASC, and the area visible to the principal in this case (one query per request).
    const { caseArea } = fieldClass;
    d = async (parent, ctx) => {
      const allowed =
        !!ctx.principal && mayRead(ctx.principal.role, DataClass.UASC) && (await ctx.loaders.caseAreas.load((parent as { id: string }).id)).includes(caseArea);
      return decide(ctx, allowed, true, DataClass.UASC, parent);
    };
  } else if (typeof fieldClass === 'string') {
    const personal = PERSONAL_CLASSES.has(fieldClass);
    d = (parent, ctx) => decide(ctx, !!ctx.principal && mayReadRow(ctx.principal.role, fieldClass, typeName, parent), personal, fieldClass, parent);
  } else if (fieldClass.of) {
    const of = fieldClass.of as (row: unknown) => DataClass | undefined;
    d = (parent, ctx) => {
      const dataClass = of(parent);
      if (!dataClass) return decide(ctx, false, false);
      return decide(ctx, !!ctx.principal && mayReadRow(ctx.principal.role, dataClass, typeName, parent), PERSONAL_CLASSES.has(dataClass), dataClass, parent);
    };
  } else {
    // Noted under its first personal class without ids (the rows' own fields note their ids).
    const personal = firstPersonal(fieldClass);
    d = (_parent, ctx) => decide(ctx, !!ctx.principal && mayReadAny(ctx.principal.role, fieldClass), !!personal, personal);
  }
  deciders.set(key, d);
  return d;
}

/**
 * The decision on a field of an object type, as its resolver takes it (guardObjectFields): none for a
 * PUBLIC field, refused for a field the policy does not name. `async` for the classes decided with a
 * query (a child's case areas). Also taken, the same, by the direct read path (server/direct-read.ts).
 */
export function objectFieldDecider(typeName: string, fieldName: string): (Decider & { async?: boolean }) | undefined {
  const fieldClass = classOf(typeName, fieldName);
  if (fieldClass === DataClass.PUBLIC) return undefined;
  if (!fieldClass) return refuse;
  const d = deciderFor(typeName, fieldClass);
  return typeof fieldClass === 'object' && 'caseArea' in fieldClass ? Object.assign(d, { async: true }) : d;
}
const refuse: Decider = () => false;

/**
 * A field's decision when it is the same on every row for this principal: allowed, with the personal
 * class to note for each row read (or null: nothing to note), as the decider would note it. Undefined
 * when the decider must run per row: a class by row, a row limit, a refusal, no purpose for personal
 * data, a list field's classes. Used by the direct read path to decide once per request.
 */
export function allowedOnEveryRow(typeName: string, fieldName: string, principal: Principal | null): DataClass | null | undefined {
  const fieldClass = classOf(typeName, fieldName);
  if (fieldClass === DataClass.PUBLIC) return null;
  if (!principal || typeof fieldClass !== 'string' || rowLimits[principal.role]?.[fieldClass] || !mayRead(principal.role, fieldClass)) return undefined;
  const personal = PERSONAL_CLASSES.has(fieldClass);
  if (personal && !principal.purpose) return undefined;
  return personal ? fieldClass : null;
}

/**
 * A field's decision as the passthrough (read/json-text.ts) takes it for a principal, where it can be
 * taken without running the decider on each row:
 * - `every`: allowed on every row; the class noted for each row read (null: none), as allowedOnEveryRow;
 * - `list`: a list field whose rows come scoped, allowed; its first personal class noted without ids,
 *   as the decider notes it;
 * - `byRow`: the class depends on the row (`of`), and a row is allowed when the principal reads its
 *   class: the classes it reads, which have no row limit, and for which a purpose is stated (none, some
 *   or all of them);
 * - `refused`: refused on every row (FORBIDDEN), the refusal noted under this class (none: not personal).
 * Undefined for anything else (the decider runs per row): a missing purpose, a row limit, a case's areas.
 */
export type TextDecision =
  | { kind: 'every'; note: DataClass | null }
  | { kind: 'list'; note: DataClass | undefined }
  | { kind: 'byRow'; rows: ByRow; readable: readonly DataClass[] }
  | { kind: 'refused'; note: DataClass | undefined };

export function textDecision(typeName: string, fieldName: string, principal: Principal | null): TextDecision | undefined {
  if (!principal) return undefined;
  const every = allowedOnEveryRow(typeName, fieldName, principal);
  if (every !== undefined) return { kind: 'every', note: every };
  const fieldClass = classOf(typeName, fieldName);
  // A field the policy does not name: refused, nothing noted (objectFieldDecider's `refuse`).
  if (!fieldClass) return { kind: 'refused', note: undefined };
  const { role, purpose } = principal;
  const personal = (c: DataClass | undefined) => (c && PERSONAL_CLASSES.has(c) ? c : undefined);
  if (typeof fieldClass === 'string') {
    // Not read by the role at all (a row limit narrows a grant; a missing purpose is another error).
    return mayRead(role, fieldClass) ? undefined : { kind: 'refused', note: personal(fieldClass) };
  }
  if ('caseArea' in fieldClass) return undefined;
  if (!fieldClass.of) {
    const first = firstPersonal(fieldClass);
    if (!mayReadAny(role, fieldClass)) return { kind: 'refused', note: first };
    return first && !purpose ? undefined : { kind: 'list', note: first };
  }
  // A row of a class the role reads but for which it states no purpose, or reads under a row limit,
  // is decided otherwise than allowed or FORBIDDEN: left to the direct path.
  if (!fieldClass.inputs || fieldClass.classes.some((c) => mayRead(role, c) && (rowLimits[role]?.[c] || (!purpose && PERSONAL_CLASSES.has(c)))))
    return undefined;
  return { kind: 'byRow', rows: fieldClass, readable: fieldClass.classes.filter((c) => mayRead(role, c)) };
}

// One rule per name: graphql-shield refuses two different rules under one name.
const rules = new Map<string, IRule | typeof allow>();
/** The shield rule for fields of one class on one type: its decider. */
function readRule(typeName: string, fieldClass: FieldClass): IRule | typeof allow {
  if (fieldClass === DataClass.PUBLIC) return allow;
  const key = classKey(typeName, fieldClass);
  return rules.getOrInsertComputed(key, () => {
    const d = deciderFor(typeName, fieldClass);
    return rule(`read-${key}`, { cache: 'no_cache' })((parent, _args, ctx: PolicyContext) => d(parent, ctx));
  });
}

const performRule = (mutation: string) =>
  rule(`perform-${mutation}`, { cache: 'no_cache' })((_parent, _args, ctx: PolicyContext) => {
    const { dataClass } = declaredPolicy().mutations[mutation]!;
    return decide(ctx, !!ctx.principal && mayPerform(ctx.principal.role, mutation), PERSONAL_CLASSES.has(dataClass), dataClass);
  });

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** The rule of every operation (Query, Mutation, Subscription field), from the policy; one the policy is silent on gets none (denied). */
function ruleTree(schema: GraphQLSchema): IRules {
  const tree: Record<string, Record<string, IRule | typeof allow>> = {};
  const { mutations } = declaredPolicy();
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    const fields: Record<string, IRule | typeof allow> = {};
    for (const field of Object.keys(type.getFields())) {
      if (type.name === 'Mutation') {
        if (mutations[field]) fields[field] = performRule(field);
        continue;
      }
      const fieldClass = classOf(type.name, field);
      if (fieldClass) fields[field] = readRule(type.name, fieldClass);
    }
    tree[type.name] = fields;
  }
  return tree as IRules;
}

/**
 * What a refused field answers: FORBIDDEN, naming the field. A field refused on many rows (a page of
 * 100 agreements) gets one error per row, and they differ only in their path: the rest (message,
 * the field's place in the query, extensions) is made once per field of a parsed query and shared as
 * the prototype, since GraphQLError's constructor (locations, stack, property descriptors) cost more
 * than all else in such a response (issue 8). Each is still a GraphQLError with its own path.
 */
const refusals = new WeakMap<FieldNode, Map<string, GraphQLError>>();
export function refusalAt(nodes: readonly FieldNode[], field: string, path: ReadonlyArray<string | number>): GraphQLError {
  const node = nodes[0];
  const byField = node && refusals.getOrInsertComputed(node, () => new Map());
  let shared = byField?.get(field);
  if (!shared) {
    shared = withoutStack(
      () =>
        new GraphQLError(`Access denied to ${field}.`, {
          nodes,
          extensions: Object.freeze({ code: ErrorCode.FORBIDDEN, messageBg: `Достъпът до ${field} е отказан.`, field }),
        }),
    );
    byField?.set(field, shared);
  }
  const error = Object.create(shared) as GraphQLError & { path: ReadonlyArray<string | number> };
  // Located already (a path of its own): graphql-js then passes it on instead of wrapping it in another.
  error.path = path;
  return error;
}
const refusal = (info: GraphQLResolveInfo): GraphQLError =>
  refusalAt(info.fieldNodes, `${info.parentType.name}.${info.fieldName}`, responsePathAsArray(info.path));

/** Deny by default: any operation the policy does not name is refused with FORBIDDEN, naming the field. */
const permissionsFor = (schema: GraphQLSchema) =>
  shield(ruleTree(schema), {
    fallbackRule: deny,
    fallbackError: (_error, _parent, _args, _ctx, info) => refusal(info),
    // Domain errors (NOT_FOUND, CONFLICT, …) thrown by resolvers reach the client as they are.
    allowExternalErrors: true,
  });

/**
 * The fields of object types (an agreement's, a measure's, …) take the same decisions as shield's
 * rules, from the same deciders, but inside their resolver and synchronously where the policy is:
 * graphql-shield's middleware makes every field asynchronous, and on a page of 100 nested
 * agreements (~7,000 fields) that cost more than everything else together (issue 8). Semantics as
 * shield's with our options: allowed → resolved; refused → FORBIDDEN naming the field; a decision
 * that is an error (no token, no purpose) is the field's error; a field the policy does not name is
 * refused (deny by default); a decider that throws refuses.
 */
function guardObjectFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ROOT_TYPES.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const d = objectFieldDecider(type.name, field.name);
      if (!d) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const outcome = (decision: Decision, parent: unknown, args: never, ctx: PolicyContext, info: GraphQLResolveInfo) =>
        decision === true ? resolve(parent, args, ctx, info) : decision === false ? refusal(info) : decision;
      field.resolve = (parent, args, ctx: PolicyContext, info) => {
        let decision: Decision | Promise<Decision>;
        try {
          decision = d(parent, ctx);
        } catch {
          return refusal(info);
        }
        return decision instanceof Promise
          ? decision.then(
              (settled) => outcome(settled, parent, args as never, ctx, info),
              () => refusal(info),
            )
          : outcome(decision, parent, args as never, ctx, info);
      };
    }
  }
}

/**
 * The executable schema's protection: object fields guarded in their resolvers, and the operations
 * (Query, Mutation, Subscription fields) behind graphql-shield's rules. Both from the one policy.
 */
export function protect(schema: GraphQLSchema): GraphQLSchema {
  guardObjectFields(schema);
  const generated = permissionsFor(schema).generate(schema) as Record<string, unknown>;
  return applyMiddleware(schema, Object.fromEntries(Object.entries(generated).filter(([type]) => ROOT_TYPES.has(type))));
}
