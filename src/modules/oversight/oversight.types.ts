import { IdempotencyKeyField, type IdempotentInput } from '../../shared/idempotency.js';
import { NodeInterface } from '../node/node.type.js';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay.js';
import { IdField, TextField, free } from '../../shared/input.js';
import { DateScalar } from '../../shared/scalars.js';
import { ObjectionOutcome, OffenceKind } from '../../domain/oversight.js';

@ObjectType('OffenceReport', { implements: NodeInterface, description: 'An offence or crime by a beneficiary that MVR reported to the mayor (Art. 24(2)).' })
export class OffenceReportType {
  @Field(() => ID) id!: string;
  @Field(() => OffenceKind) kind!: OffenceKind;
  @Field(() => String) description!: string;
  @Field(() => DateScalar) committedOn!: string;
  @Field(() => DateScalar) reportedOn!: string;
}

@ObjectType('Objection', { implements: NodeInterface, description: "A foreigner's objection to the regional governor (Art. 18) and its outcome." })
export class ObjectionType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) filedOn!: string;
  @Field(() => String, { description: 'The activity of the agreement not (fully) performed.' }) activity!: string;
  @Field(() => ObjectionOutcome) outcome!: ObjectionOutcome;
  @Field(() => DateScalar, { nullable: true }) decidedOn?: string | null;
  @Field(() => String, { nullable: true }) decision?: string | null;
}

export const OffenceReportConnection = ConnectionType('OffenceReport', OffenceReportType);
export const ObjectionConnection = ConnectionType('Objection', ObjectionType);

@InputType()
export class ReportOffenceInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() beneficiaryId!: string;
  @Field(() => OffenceKind) kind!: OffenceKind;
  @TextField(free(4000)) description!: string;
  @Field(() => DateScalar) committedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) reportedOn?: string;
}

@InputType()
export class FileObjectionInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() agreementId!: string;
  @IdField({ description: 'The party objecting: a member of the agreement.' }) filedById!: string;
  @TextField(free(4000), { description: 'The activity not (fully) performed.' }) activity!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day the governor received it; default today (Europe/Sofia).' }) filedOn?: string;
}

@InputType()
export class DecideObjectionInput {
  @IdField() objectionId!: string;
  @Field(() => ObjectionOutcome, { description: 'UPHELD, PARTLY_UPHELD or REJECTED.' }) outcome!: ObjectionOutcome;
  @TextField(free(10_000), { description: 'The reasoned decision.' }) decision!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) decidedOn?: string;
}
