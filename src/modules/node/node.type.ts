import { Field, ID, InterfaceType } from 'type-graphql';

/** Anything with an id that `node(id)` finds. Entity class names are the GraphQL type names. */
@InterfaceType('Node', {
  description: 'An object with an id: look it up with node(id). Ids are UUIDs, unique across the hub.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class NodeInterface {
  @Field(() => ID)
  id!: string;
}
