import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { allow, deny, rule, shield, type IRule, type IRules } from 'graphql-shield';
import { ErrorCode, PurposeRequiredError, UnauthenticatedError } from '../shared/errors.js';
import type { Context } from '../server/context.js';
import { classOf, DataClass, mayPerform, mayRead, mutations, PERSONAL_CLASSES } from './policy.js';

// Rules stay small and never throw (shield would mask the error). Their decision depends only on
// the principal, so they need no cache (cheaper to run than to hash); their one side effect is to
// note personal-data decisions in the request's audit trail.
const needToken = () =>
  new UnauthenticatedError('This field needs a bearer token: send "Authorization: Bearer <token>".', {
    messageBg: 'Това поле изисква токен: изпратете "Authorization: Bearer <токен>".',
  });

const needPurpose = () =>
  new PurposeRequiredError(
    'Personal data is given only for a stated purpose: send an X-Purpose header (or a purpose claim in the token).',
    { messageBg: 'Лични данни се предоставят само с посочена цел: изпратете заглавка X-Purpose.' },
  );

/**
 * The decision for one field of a class: allowed, refused (FORBIDDEN), or refused for want of a
 * purpose. Every decision on personal data is noted in the request's audit trail (the record is
 * the field's parent object), so the access log holds what was read and what was refused.
 */
function decide(ctx: Context, dataClass: DataClass, allowed: boolean, record: unknown) {
  if (!ctx.principal) return needToken();
  const personal = PERSONAL_CLASSES.has(dataClass);
  if (allowed && personal && !ctx.principal.purpose) {
    ctx.audit.note(dataClass, record, false);
    return needPurpose();
  }
  ctx.audit.note(dataClass, record, allowed);
  return allowed;
}

const readRules = new Map<DataClass, IRule | typeof allow>();
function readRule(dataClass: DataClass): IRule | typeof allow {
  if (dataClass === DataClass.PUBLIC) return allow;
  let r = readRules.get(dataClass);
  if (!r) {
    r = rule(`read-${dataClass}`, { cache: 'no_cache' })((parent, _args, ctx: Context) =>
      decide(ctx, dataClass, ctx.principal ? mayRead(ctx.principal.role, dataClass) : false, parent),
    );
    readRules.set(dataClass, r);
  }
  return r;
}

const performRule = (mutation: string) =>
  rule(`perform-${mutation}`, { cache: 'no_cache' })((_parent, _args, ctx: Context) =>
    decide(ctx, mutations[mutation]!.dataClass, ctx.principal ? mayPerform(ctx.principal.role, mutation) : false, undefined),
  );

/** The rule of every field of the schema, from the policy; a field the policy is silent on gets none (denied). */
function ruleTree(schema: GraphQLSchema): IRules {
  const tree: Record<string, Record<string, IRule | typeof allow>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rules: Record<string, IRule | typeof allow> = {};
    for (const field of Object.keys(type.getFields())) {
      if (type.name === 'Mutation') {
        if (mutations[field]) rules[field] = performRule(field);
        continue;
      }
      const dataClass = classOf(type.name, field);
      if (dataClass) rules[field] = readRule(dataClass);
    }
    tree[type.name] = rules;
  }
  return tree as IRules;
}

/** Deny by default: any field the policy does not name is refused with FORBIDDEN, naming the field. */
export const permissionsFor = (schema: GraphQLSchema) =>
  shield(ruleTree(schema), {
    fallbackRule: deny,
    fallbackError: (_error, _parent, _args, _ctx, info) =>
      new GraphQLError(`Access denied to ${info.parentType.name}.${info.fieldName}.`, {
        extensions: {
          code: ErrorCode.FORBIDDEN,
          messageBg: `Достъпът до ${info.parentType.name}.${info.fieldName} е отказан.`,
          field: `${info.parentType.name}.${info.fieldName}`,
        },
      }),
    // Domain errors (NOT_FOUND, CONFLICT, …) thrown by resolvers reach the client as they are.
    allowExternalErrors: true,
  });
