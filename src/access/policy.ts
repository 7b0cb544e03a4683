/**
 * THE access policy of the hub (statutory-views.md), held in one place.
 *
 * Every field of every GraphQL object type belongs to a data class; a class says who may
 * read it. From this map come the graphql-shield rules (./shield.ts), and the tests walk it
 * against the live schema: a field with no class fails the suite, and a field the policy
 * names that the schema no longer has fails it too. A type may give a class to all its
 * fields with '*'; a field entry overrides it.
 *
 * Later features add the statutory classes (IDENTITY, PROFILE, AGREEMENT, …) with the
 * role × class × scope matrix of statutory-views.md.
 */
export enum DataClass {
  /** Reference data anyone may read, even without a token: provinces, municipalities, institutions. */
  PUBLIC = 'PUBLIC',
  /** What the caller's own token says about the caller. */
  SESSION = 'SESSION',
}

export type TypePolicy = { readonly '*'?: DataClass } & { readonly [field: string]: DataClass | undefined };

export const fieldClasses: Readonly<Record<string, TypePolicy>> = {
  Query: {
    provinces: DataClass.PUBLIC,
    municipalities: DataClass.PUBLIC,
    institutions: DataClass.PUBLIC,
    me: DataClass.SESSION,
  },
  Province: { '*': DataClass.PUBLIC },
  Municipality: { '*': DataClass.PUBLIC },
  Institution: { '*': DataClass.PUBLIC },
  Principal: { '*': DataClass.SESSION },
};

/** The data class of a field, or undefined where the policy is silent (and access is denied). */
export function classOf(typeName: string, fieldName: string): DataClass | undefined {
  const type = fieldClasses[typeName];
  return type?.[fieldName] ?? type?.['*'];
}
