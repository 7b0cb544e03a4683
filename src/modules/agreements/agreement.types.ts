import { IdempotencyKeyField, type IdempotentInput } from '../../shared/idempotency.js';
import { NodeInterface } from '../node/node.type.js';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay.js';
import { CODE, IdField, IntField, ListField, TextField, free, line } from '../../shared/input.js';
import { DateScalar } from '../../shared/scalars.js';
import { ProtectionKind } from '../../domain/beneficiaries.js';
import { MeasureService } from '../../domain/measure-services.js';
import {
  AgreementStatus,
  DutyStatus,
  FundingSource,
  MayorDuty,
  MeasureArea,
  MeasureStatus,
  MemberRole,
  PlanKind,
  TerminationGround,
} from '../../domain/agreements.js';

@ObjectType('Agreement', { implements: NodeInterface, description: 'An integration agreement between a foreigner and a mayor (Art. 3, 4).' })
export class AgreementType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: 'Day of signing (planned day for a DRAFT).' }) signedOn!: string;
  @Field(() => DateScalar, { description: 'Last day of the term: one year from signing (Art. 3(2)), plus one if extended (3(3)).' })
  endsOn!: string;
  @Field(() => AgreementStatus, { description: 'COMPLETED is computed on read: ACTIVE or EXTENDED past endsOn (Europe/Sofia).' })
  status!: AgreementStatus;
  @Field(() => DateScalar, { nullable: true }) extendedOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Date of the foreigner's written consent to the extension (Art. 3(3))." })
  extensionConsentOn?: string | null;
  @Field(() => String, { nullable: true }) extensionConsentReference?: string | null;
  @Field(() => DateScalar, { nullable: true }) terminatedOn?: string | null;
  @Field(() => TerminationGround, { nullable: true }) terminationGround?: TerminationGround | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the foreigner moved to another municipality (Art. 32).' })
  transferredOn?: string | null;
  @Field(() => String, { nullable: true }) terminationNote?: string | null;
  @Field(() => Int, { description: 'Optimistic lock: pass it back on changes; a stale value gets CONFLICT.' }) version!: number;
}

@ObjectType('AgreementMember', { description: 'A person on a common agreement (Art. 3(4)–(5)).' })
export class AgreementMemberType {
  @Field(() => MemberRole) role!: MemberRole;
  @Field(() => DateScalar) joinedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'When the person left a continuing agreement (Art. 30(2)).' }) leftOn?: string | null;
  @Field(() => TerminationGround, { nullable: true }) leftOnGround?: TerminationGround | null;
}

@ObjectType('IntegrationPlan', {
  implements: NodeInterface,
  description: "An individual integration plan (Art. 4(2)–(3)); a child's holds the Art. 15 assessment.",
})
export class IntegrationPlanType {
  @Field(() => ID) id!: string;
  // Nullable: RZI reaches plans (to add health measures) but not their kind (PLAN or CHILD data).
  @Field(() => PlanKind, { nullable: true }) kind!: PlanKind;
  @Field(() => String, { nullable: true, description: 'Art. 15 p.1 (children).' }) educationalNeeds?: string | null;
  @Field(() => String, { nullable: true, description: 'Art. 15 p.1 (children).' }) healthNeeds?: string | null;
  @Field(() => String, { nullable: true, description: 'Art. 15 p.1 (children).' }) physicalNeeds?: string | null;
  @Field(() => String, { nullable: true, description: 'Art. 15 p.1 (children).' }) culturalNeeds?: string | null;
  @Field(() => String, { nullable: true, description: 'Art. 15 p.1 (children).' }) religiousNeeds?: string | null;
  @Field(() => String, { nullable: true, description: 'Art. 15 p.1 (children).' }) linguisticNeeds?: string | null;
  @Field(() => String, { nullable: true, description: 'Art. 15 p.1 (children).' }) ethnicNeeds?: string | null;
  @Field(() => String, { nullable: true, description: "The child's own opinion and wishes (Art. 15 p.2)." }) childOpinion?: string | null;
}

@ObjectType('Measure', { implements: NodeInterface, description: 'A concrete integration measure and its result (Art. 4(3)).' })
export class MeasureType {
  @Field(() => ID) id!: string;
  @Field(() => MeasureArea) area!: MeasureArea;
  @Field(() => MeasureService, { nullable: true, description: 'The kind of service or access (Art. 6–11) the indicators count.' })
  service?: MeasureService | null;
  @Field(() => String) description!: string;
  @Field(() => DateScalar, { nullable: true }) dueOn?: string | null;
  @Field(() => MeasureStatus) status!: MeasureStatus;
  @Field(() => String, { nullable: true }) result?: string | null;
  @Field(() => DateScalar, { nullable: true }) resultRecordedOn?: string | null;
  @Field(() => FundingSource, { nullable: true, description: 'Art. 33(1).' }) fundingSource?: FundingSource | null;
  @Field(() => String, { nullable: true, description: 'The partner NGO the measure is assigned to (its organisation id).' })
  partnerOrganisation?: string | null;
}

// The same limits as the services' checks (agreement.service.ts, plan.service.ts).
const NOTE = free(4000);
const VERSION = { min: 0, max: 2_147_483_647 };
const FAMILY = { maxItems: 30 };

export const AgreementConnection = ConnectionType('Agreement', AgreementType);
export const IntegrationPlanConnection = ConnectionType('IntegrationPlan', IntegrationPlanType);
export const MeasureConnection = ConnectionType('Measure', MeasureType);

@InputType({ description: 'Conditions on plans; each one narrows the list (your scope applies first).' })
export class IntegrationPlanFilter {
  @Field(() => PlanKind, { nullable: true, description: 'ADULT (PLAN data) or CHILD (CHILD data): you may filter only on a kind you may read.' })
  kind?: PlanKind;
  @TextField(CODE, { nullable: true, description: "The agreement's municipality (AGREEMENT_TERM data)." }) municipalityCode?: string;
}

@InputType({ description: 'Conditions on measures; each one narrows the list (your scope applies first).' })
export class MeasureFilter {
  @Field(() => MeasureArea, { nullable: true, description: 'You may filter only on an area whose measures you may read.' }) area?: MeasureArea;
  @Field(() => MeasureStatus, { nullable: true }) status?: MeasureStatus;
  @TextField(CODE, { nullable: true, description: 'e.g. AZ, RZI-BLG, MUNICIPALITY-SOF46.' }) responsibleInstitutionCode?: string;
  @IdField({ nullable: true }) planId?: string;
  @TextField(CODE, { nullable: true, description: "The agreement's municipality (AGREEMENT_TERM data)." }) municipalityCode?: string;
}

@InputType()
export class ConcludeAgreementInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField({ description: 'The application SAR forwarded to your municipality (Art. 20 p.5); its applicant is the party.' })
  applicationId!: string;
  @ListField(() => [ID], FAMILY, {
    defaultValue: [],
    description: 'Accompanying family members: adults join the agreement (Art. 3(4)), children get a plan (3(5)).',
  })
  familyMemberIds!: string[];
  @Field(() => DateScalar, { nullable: true, description: 'Day of signing (for a draft: the planned day); default today (Europe/Sofia).' })
  signedOn?: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Prepare a DRAFT to sign later with signAgreement.' }) draft?: boolean;
}

@InputType()
export class SignAgreementInput {
  @IdField() agreementId!: string;
  @IntField(VERSION) version!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Day of signing; default today (Europe/Sofia).' }) signedOn?: string;
}

@InputType()
export class ExtendAgreementInput {
  @IdField() agreementId!: string;
  @IntField(VERSION) version!: number;
  @Field(() => DateScalar, { description: "Date of the foreigner's written consent (Art. 3(3))." }) consentOn!: string;
  @TextField(line(500), { description: 'Reference of the signed consent document (number, file).' }) consentReference!: string;
}

@InputType()
export class TerminateAgreementInput {
  @IdField() agreementId!: string;
  @IntField(VERSION) version!: number;
  @Field(() => TerminationGround) ground!: TerminationGround;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) terminatedOn?: string;
  @TextField(NOTE, { nullable: true }) note?: string;
  @IdField({
    nullable: true,
    description: 'Art. 30(2): the adult family member who holds the continuing agreement; default the eldest.',
  })
  newHolderId?: string;
}

@InputType({ description: 'Art. 32: the foreigner moves, once and on their own initiative, to another municipality.' })
export class TransferAgreementInput {
  @IdField() agreementId!: string;
  @IntField(VERSION) version!: number;
  @TextField(CODE, { description: 'Code of the receiving municipality (in SAR’s register).' }) toMunicipalityCode!: string;
  @TextField(line(500), { description: 'The new current address registration.' }) newAddress!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day of the new agreement; default today (Europe/Sofia).' }) transferredOn?: string;
}

@InputType()
export class AddMeasureInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() planId!: string;
  @Field(() => MeasureArea) area!: MeasureArea;
  @Field(() => MeasureService, { nullable: true, description: 'The kind of service or access (Art. 6–11); one of the area, e.g. SCHOOL for EDUCATION.' })
  service?: MeasureService;
  @TextField(NOTE) description!: string;
  @TextField(CODE, {
    description:
      "Code of the responsible institution, e.g. AZ, RZI-BLG, MUNICIPALITY-SOF46. Only the municipality's plan names another institution " +
      '(this refers the person to it, Art. 4(2)); every other writer names itself, and AZ, ASP and MON write only for persons already ' +
      'referred to them (docs/access-matrix.md, "Writes that open a record").',
  })
  responsibleInstitutionCode!: string;
  @Field(() => DateScalar, { nullable: true }) dueOn?: string;
  @Field(() => FundingSource, { nullable: true }) fundingSource?: FundingSource;
  @TextField(CODE, {
    nullable: true,
    description:
      "A partner NGO to assign the measure to (its organisation id, e.g. unhcr); only an adult's measure outside health, and only in the municipality's plan.",
  })
  partnerOrganisation?: string;
}

@InputType()
export class RecordMeasureResultInput {
  @IdField() measureId!: string;
  @Field(() => MeasureStatus) status!: MeasureStatus;
  @TextField(NOTE, { nullable: true, description: 'Required when the measure is DONE or NOT_DONE.' }) result?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) recordedOn?: string;
}

@InputType({ description: "A child's needs assessment and opinion (Art. 15); omitted fields stay as they are." })
export class RecordChildAssessmentInput {
  @IdField() planId!: string;
  @TextField(NOTE, { nullable: true }) educationalNeeds?: string;
  @TextField(NOTE, { nullable: true }) healthNeeds?: string;
  @TextField(NOTE, { nullable: true }) physicalNeeds?: string;
  @TextField(NOTE, { nullable: true }) culturalNeeds?: string;
  @TextField(NOTE, { nullable: true }) religiousNeeds?: string;
  @TextField(NOTE, { nullable: true }) linguisticNeeds?: string;
  @TextField(NOTE, { nullable: true }) ethnicNeeds?: string;
  @TextField(NOTE, { nullable: true }) childOpinion?: string;
}

@InputType()
export class AgreementFilter {
  @Field(() => AgreementStatus, { nullable: true }) status?: AgreementStatus;
  @TextField(CODE, { nullable: true }) municipalityCode?: string;
  @TextField(CODE, { nullable: true }) provinceCode?: string;
  @TextField(CODE, { nullable: true, description: "Holder's citizenship, ISO 3166-1 alpha-2." }) citizenship?: string;
  @Field(() => ProtectionKind, { nullable: true }) protectionKind?: ProtectionKind;
  @Field(() => DateScalar, { nullable: true, description: 'Signed on or after.' }) signedFrom?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Signed on or before.' }) signedTo?: string;
}

@ObjectType('MayorDutyItem', { description: "One of the mayor's duties under Art. 14 for this agreement." })
export class MayorDutyItemType {
  @Field(() => MayorDuty) duty!: MayorDuty;
  @Field(() => DutyStatus) status!: DutyStatus;
  @Field(() => DateScalar, { nullable: true }) statusOn?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class RecordMayorDutyInput {
  @IdField() agreementId!: string;
  @Field(() => MayorDuty) duty!: MayorDuty;
  @Field(() => DutyStatus) status!: DutyStatus;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) statusOn?: string;
  @TextField(NOTE, { nullable: true }) note?: string;
}
