import { isObjectType, type GraphQLSchema } from 'graphql';
import { classOf, declaredPolicy, describeClass } from './policy.js';

export interface PolicyCoverage {
  /** `Type.field` → data class (in words for classes by row), for every field of every object type in the schema. */
  classes: Record<string, string | null>;
  /** Fields of the schema the policy gives no class: denied at run time, and a failing test. */
  uncovered: string[];
  /** Policy entries naming a type or field the schema does not have: stale policy. */
  stale: string[];
}

/** Walks the live schema against the policy (docs/policy.md, "Deny by default": a field with no rule fails the suite). */
export function policyCoverage(schema: GraphQLSchema): PolicyCoverage {
  const classes: Record<string, string | null> = {};
  const uncovered: string[] = [];
  const stale: string[] = [];
  const { fieldClasses, mutations } = declaredPolicy();
  const types = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'));
  for (const type of types) {
    if (!isObjectType(type)) continue;
    for (const field of Object.keys(type.getFields()).sort()) {
      const fieldClass = classOf(type.name, field);
      classes[`${type.name}.${field}`] = fieldClass ? describeClass(fieldClass) : null;
      if (!fieldClass) uncovered.push(`${type.name}.${field}`);
    }
  }
  for (const [typeName, fields] of Object.entries(fieldClasses)) {
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type)) {
      stale.push(typeName);
      continue;
    }
    for (const field of Object.keys(fields)) {
      if (field !== '*' && !type.getFields()[field]) stale.push(`${typeName}.${field}`);
    }
  }
  const mutationType = schema.getMutationType();
  for (const name of Object.keys(mutations)) {
    if (!mutationType?.getFields()[name]) stale.push(`Mutation.${name}`);
  }
  return { classes, uncovered, stale };
}
