import { IdempotencyKeyField, type IdempotentInput } from '../../shared/idempotency.js';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay.js';
import { IdField, TextField, free, line } from '../../shared/input.js';
import { DateScalar } from '../../shared/scalars.js';
import { NodeInterface } from '../node/node.type.js';
import { RiskLevel } from '../../domain/security.js';

@ObjectType('SecurityAssessment', {
  implements: NodeInterface,
  description: "DANS's assessment of national-security risks (Art. 2, 26). SECURITY data: DANS only.",
})
export class SecurityAssessmentType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) assessedOn!: string;
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => String, { description: 'The officer or account that recorded it.' }) assessedBy!: string;
}

export const SecurityAssessmentConnection = ConnectionType('SecurityAssessment', SecurityAssessmentType);

@InputType()
export class RecordSecurityAssessmentInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField({ description: 'A beneficiary with an integration agreement.' }) beneficiaryId!: string;
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @TextField(free(4000)) summary!: string;
  @TextField(line(200), { nullable: true }) reference?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) assessedOn?: string;
}

@InputType()
export class SecurityAssessmentFilter {
  @IdField({ nullable: true }) beneficiaryId?: string;
  @Field(() => RiskLevel, { nullable: true }) riskLevel?: RiskLevel;
}
