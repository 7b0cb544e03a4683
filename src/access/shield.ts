import { GraphQLError } from 'graphql';
import { allow, deny, rule, shield, type IRule, type IRules } from 'graphql-shield';
import { ErrorCode, UnauthenticatedError } from '../shared/errors.js';
import type { Context } from '../server/context.js';
import { DataClass, fieldClasses, mayPerform, mayRead, mutations } from './policy.js';

// Rules stay pure and small (errors thrown inside a rule would be masked by shield), and depend
// only on the principal, so they need no cache: they are cheaper to run than to hash.
const needToken = () =>
  new UnauthenticatedError('This field needs a bearer token: send "Authorization: Bearer <token>".', {
    messageBg: 'Това поле изисква токен: изпратете "Authorization: Bearer <токен>".',
  });

const readRules = new Map<DataClass, IRule | typeof allow>();
function readRule(dataClass: DataClass): IRule | typeof allow {
  if (dataClass === DataClass.PUBLIC) return allow;
  let r = readRules.get(dataClass);
  if (!r) {
    r = rule(`read-${dataClass}`, { cache: 'no_cache' })((_parent, _args, ctx: Context) =>
      ctx.principal ? mayRead(ctx.principal.role, dataClass) : needToken(),
    );
    readRules.set(dataClass, r);
  }
  return r;
}

const performRule = (mutation: string) =>
  rule(`perform-${mutation}`, { cache: 'no_cache' })((_parent, _args, ctx: Context) =>
    ctx.principal ? mayPerform(ctx.principal.role, mutation) : needToken(),
  );

function ruleTree(): IRules {
  const tree: Record<string, Record<string, IRule | typeof allow>> = {};
  for (const [typeName, fields] of Object.entries(fieldClasses)) {
    tree[typeName] = Object.fromEntries(Object.entries(fields).map(([field, dataClass]) => [field, readRule(dataClass!)]));
  }
  tree.Mutation = Object.fromEntries(Object.keys(mutations).map((name) => [name, performRule(name)]));
  return tree as IRules;
}

/** Deny by default: any field the policy does not name is refused with FORBIDDEN, naming the field. */
export const permissions = shield(ruleTree(), {
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
