import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../domain/institutions.js';
import { DataClass } from '../../access/policy.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'Role of the principal: the institution kind it acts for (docs/policy.md, "Roles"), or ADMIN.',
});

@ObjectType('Principal', { description: 'Who the hub takes the caller to be, from the bearer token.' })
export class PrincipalType {
  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Municipality code, province code or organisation id; null for national bodies.' })
  unit!: string | null;

  @Field(() => String, { description: 'User or service account (the token subject).' })
  subject!: string;

  @Field(() => String, { description: 'Code of the institution acted for, e.g. RZI-BLG.' })
  institutionCode!: string;

  @Field(() => String, { nullable: true, description: 'Stated purpose of the request: X-Purpose header, else the token claim.' })
  purpose!: string | null;
}

registerEnumType(DataClass, {
  name: 'DataClass',
  description: "A class of data in the access policy (docs/access-matrix.md): what a role's grant is made of.",
});
