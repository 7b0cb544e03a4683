import { IdempotencyKeyField, type IdempotentInput } from '../../shared/idempotency.js';
import { NodeInterface } from '../node/node.type.js';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay.js';
import { CODE, IdField, IntField, TextField, free } from '../../shared/input.js';
import { DateScalar } from '../../shared/scalars.js';
import { ApplicationStatus, MunicipalityApplicationStatus } from '../../domain/applications.js';

@ObjectType('AgreementApplication', { implements: NodeInterface, description: "A foreigner's application to SAR for an integration agreement (Art. 16)." })
export class AgreementApplicationType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) submittedOn!: string;
  @Field(() => ApplicationStatus) status!: ApplicationStatus;
  @Field(() => DateScalar, { nullable: true }) forwardedOn?: string | null;
}

@ObjectType('MunicipalityApplication', {
  implements: NodeInterface,
  description: "A mayor's application to SAR to conclude agreements (Art. 13(1)–(2)); REGISTERED ones form the register of Art. 13(4).",
})
export class MunicipalityApplicationType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) submittedOn!: string;
  @Field(() => Int, { description: 'Foreigners the mayor wishes to conclude agreements with (Art. 13(2)).' }) foreignersCount!: number;
  @Field(() => String) municipalityInformation!: string;
  @Field(() => String) plannedMeasures!: string;
  @Field(() => MunicipalityApplicationStatus) status!: MunicipalityApplicationStatus;
  @Field(() => DateScalar, { nullable: true }) registeredOn?: string | null;
}

export const AgreementApplicationConnection = ConnectionType('AgreementApplication', AgreementApplicationType);
export const MunicipalityApplicationConnection = ConnectionType('MunicipalityApplication', MunicipalityApplicationType);

@InputType()
export class ApplyForAgreementInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField({ description: 'The foreigner applying (a registered beneficiary).' }) applicantId!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day SAR received the application; default today (Europe/Sofia).' })
  submittedOn?: string;
}

@InputType()
export class ApplyToConcludeAgreementsInput {
  @IntField({ min: 1, max: 10_000 }, { description: 'How many foreigners the municipality will take (Art. 13(2)).' }) foreignersCount!: number;
  @TextField(free(10_000), { description: 'Information about the municipality (Art. 13(2)).' }) municipalityInformation!: string;
  @TextField(free(10_000), { description: 'Integration measures the municipality plans (Art. 13(2)).' }) plannedMeasures!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) submittedOn?: string;
}

@InputType()
export class AgreementApplicationFilter {
  @Field(() => ApplicationStatus, { nullable: true }) status?: ApplicationStatus;
  @TextField(CODE, { nullable: true, description: 'Municipality code the applicant was forwarded to.' }) forwardedTo?: string;
}

@InputType()
export class MunicipalityRegisterFilter {
  @Field(() => MunicipalityApplicationStatus, { nullable: true }) status?: MunicipalityApplicationStatus;
  @TextField(CODE, { nullable: true }) provinceCode?: string;
}
