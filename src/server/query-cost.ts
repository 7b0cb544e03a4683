import { costLimitRule, type CostLimitOptions } from '@escape.tech/graphql-armor-cost-limit';
import { Kind, TypeInfo, validate, visit, visitWithTypeInfo, type ArgumentNode, type DocumentNode, type ValidationRule } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/relay.js';

const PAGE_ARGUMENTS = ['first', 'last'];
const int = (name: string, value: number): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value: { kind: Kind.INT, value: String(value) },
});

/**
 * The document as the cost estimate should see its page sizes. graphql-armor multiplies a list's cost
 * by a literal `first` only: a page size given in a variable, or left to the default, counted as 1, so
 * pages nested in pages passed the limit whenever their sizes came as variables. Validation sees no
 * variables, so a variable counts as the largest page (MAX_PAGE_SIZE) and an omitted size as the
 * default page (DEFAULT_PAGE_SIZE); a literal counts as itself.
 */
function withPageSizes(document: DocumentNode, typeInfo: TypeInfo): DocumentNode {
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const pageArgument = typeInfo.getFieldDef()?.args.find((a) => PAGE_ARGUMENTS.includes(a.name));
        if (!pageArgument) return undefined;
        const given = node.arguments?.find((a) => PAGE_ARGUMENTS.includes(a.name.value));
        if (given?.value.kind === Kind.INT) return undefined;
        const size = given ? MAX_PAGE_SIZE : DEFAULT_PAGE_SIZE;
        const others = (node.arguments ?? []).filter((a) => a !== given);
        return { ...node, arguments: [int(given?.name.value ?? pageArgument.name, size), ...others] };
      },
    }),
  );
}

/** graphql-armor's cost limit, on the document with its page sizes made explicit (withPageSizes). */
export function pageAwareCostRule(options: CostLimitOptions): ValidationRule {
  return (context) => ({
    Document: {
      enter(document) {
        const schema = context.getSchema();
        // armor's rule throws its refusal unless told to hand it over: to this request's validation.
        const rule = costLimitRule({ ...options, propagateOnRejection: false, onReject: [(_inner, error) => context.reportError(error)] });
        for (const error of validate(schema, withPageSizes(document, new TypeInfo(schema)), [rule])) context.reportError(error);
        return false; // the rule has seen the whole document
      },
    },
  });
}
