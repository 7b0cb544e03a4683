import { createParameterDecorator } from 'type-graphql';

/**
 * The parent object of a field resolver, as it is. type-graphql's own root decorator converts a
 * parent that is not an instance of the parameter's declared class into one, with `new Entity()` and
 * `Object.assign`, on every call: a MikroORM entity's constructor and property setters, once per
 * field and row, for rows of the JSON read path (docs/read-paths.md), which are plain objects and
 * need nothing of the class. Measured: about a tenth of a page's CPU (bench/PROFILE.md).
 */
export const Root = () => createParameterDecorator(({ root }) => root);
