import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Sex } from '../../domain/beneficiaries.js';
import { ConnectionType } from '../../shared/relay.js';
import { CODE, IdField, IntField, ListField, TextField, free, line } from '../../shared/input.js';
import { IdempotencyKeyField, type IdempotentInput } from '../../shared/idempotency.js';
import { DateScalar } from '../../shared/scalars.js';
import { NodeInterface } from '../node/node.type.js';
import { MatchReason } from './matching.js';
import {
  AgeMethod,
  AgeOutcome,
  ApprovalStatus,
  AssessmentKind,
  CaseArea,
  ConsentBasis,
  NeedStatus,
  ReferralKind,
  CaseStatus,
  ClosingReason,
  PlacementKind,
  ReferralStatus,
  RepresentativeKind,
  Separation,
} from '../../domain/children.js';

@ObjectType('ChildCase', {
  implements: NodeInterface,
  description:
    'A case of the coordination mechanism for an unaccompanied or separated child (AP II.7–8), or an accompanied third-country child at risk (AP II.6). Parts are shared by area (CaseArea).',
})
export class ChildCaseType {
  @Field(() => ID) id!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => Separation) separation!: Separation;
  @Field(() => String, { nullable: true, description: 'ACCOMPANIED_AT_RISK: why the child, with its parents, is in the mechanism (AP II.6). CARE area.' })
  riskReason?: string | null;
  @Field(() => DateScalar) identifiedOn!: string;
  @Field(() => ClosingReason, { nullable: true }) closingReason?: ClosingReason | null;
  @Field(() => DateScalar, { nullable: true }) closedOn?: string | null;
  @Field(() => Int, { description: 'Optimistic lock of the case.' }) version!: number;
  // The IDENTITY area: nullable, a participant may take part without it (MON, RZI).
  @Field(() => String, { nullable: true, description: 'As known; null when unknown. IDENTITY area.' }) givenName?: string | null;
  @Field(() => String, { nullable: true, description: 'IDENTITY area.' }) familyName?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The names are as the child declares them (not from a document). IDENTITY area.' })
  namesDeclared?: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'IDENTITY area.' }) declaredBirthDate?: string | null;
  @Field(() => Sex, { nullable: true, description: 'As known; null when not recorded. IDENTITY area.' }) sex?: Sex | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; null when unknown or stateless. IDENTITY area.' }) nationality?: string | null;
  @Field(() => [String], { nullable: true, description: 'IDENTITY area.' }) languages?: string[];
  @Field(() => String, { nullable: true, description: 'How and where the child was found. IDENTITY area.' }) identifiedWhere?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the child turns 18 at the latest, by the age rule (docs/children.md): the latest age assessment, else the declared birth date. In doubt the person is a child (AP I.21, Directive 2013/32/EU Art. 25(5)): only an undisputed ADULT outcome with minAge 18 or over makes an adult. null: no date is known (e.g. no declared birth date and an ADULT result under dispute), and the person is a child. AGE area.',
  })
  comesOfAgeOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Reported missing since (null: not missing). MISSING area.' }) missingSince?: string | null;
}

@ObjectType('CaseStatusChange')
export class CaseStatusChangeType {
  @Field(() => CaseStatus, { nullable: true }) fromStatus?: CaseStatus | null;
  @Field(() => CaseStatus) toStatus!: CaseStatus;
  @Field(() => DateScalar) changedOn!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => ClosingReason, { nullable: true, description: 'Why the case closed (a change to CLOSED); the case keeps it only until it is reopened.' })
  closingReason?: ClosingReason | null;
}

@ObjectType('CaseChange', {
  description:
    'A change of a field of the case or of one of its needs after it was recorded (updateChildCase, updateChildNeed): from what, to what, by whom. You read the changes in the areas you see in the case.',
})
export class CaseChangeType {
  @Field(() => ID) id!: string;
  @Field(() => CaseArea, { nullable: true, description: 'The part of the case the field belongs to; null: a field every participant reads (separation).' })
  area?: CaseArea | null;
  @Field(() => String, { description: 'ChildCase or ChildNeed.' }) subjectType!: string;
  @Field(() => ID, { description: 'The case or the need changed.' }) subjectId!: string;
  @Field(() => String, { description: 'The field as named in the schema, e.g. givenName, plan, comesOfAgeOn (recomputed), beneficiary (its id).' })
  field!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before, as the schema gives it; null: none.' }) fromValue?: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after; null: cleared.' }) toValue?: unknown;
  @Field(() => DateScalar) changedOn!: string;
  @Field(() => String, { nullable: true, description: 'Why, as the one who changed it said.' }) note?: string | null;
}

@ObjectType('MissingEpisode', { description: 'A time the child went missing (AP I.21, II.7), and when and by whom the child was found. MISSING area.' })
export class MissingEpisodeType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) since!: string;
  @Field(() => DateScalar, { nullable: true, description: 'null: still missing (the case’s missingSince).' }) foundOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Where and how the child was found.' }) foundNote?: string | null;
}

@ObjectType('AgeAssessment', {
  description: 'AP I.21 (Part I): an assessment of age, its result as a range of whole years. How it bears on the case: ChildCase.comesOfAgeOn.',
})
export class AgeAssessmentType {
  @Field(() => ID) id!: string;
  @Field(() => AgeMethod) method!: AgeMethod;
  @Field(() => DateScalar) assessedOn!: string;
  @Field(() => Int, { description: 'The lower bound: in doubt it decides when the child comes of age.' }) minAge!: number;
  @Field(() => Int) maxAge!: number;
  @Field(() => Boolean, { description: 'The result is disputed: the person is treated as a child until a later undisputed assessment decides.' })
  disputed!: boolean;
  @Field(() => AgeOutcome) outcome!: AgeOutcome;
}

@ObjectType('Representative', { description: "The child's guardian or legal representative." })
export class RepresentativeType {
  @Field(() => RepresentativeKind) kind!: RepresentativeKind;
  @Field(() => String) name!: string;
  @Field(() => DateScalar) appointedOn!: string;
  @Field(() => DateScalar, { nullable: true }) endedOn?: string | null;
}

@ObjectType('Placement', { description: 'Where the child lives: a social service, a reception centre or a foster family.' })
export class PlacementType {
  @Field(() => ID) id!: string;
  @Field(() => PlacementKind) kind!: PlacementKind;
  @Field(() => String) provider!: string;
  @Field(() => DateScalar) fromDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'null: the current placement.' }) toDate?: string | null;
}

@ObjectType('CaseParticipant', { description: 'An institution taking part in a case, with its role; one whose part ended is kept, with when and why.' })
export class CaseParticipantType {
  @Field(() => String) role!: string;
  @Field(() => DateScalar) joinedOn!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'null: it takes part now. Set when DAZD removed it, or the referral it took part by was done or revoked.',
  })
  leftOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Why its part ended.' }) endReason?: string | null;
}

@ObjectType('Referral', {
  implements: NodeInterface,
  description: 'A referral of a case from a participant to another institution; it shares only the areas it names.',
})
export class ReferralType {
  @Field(() => ID) id!: string;
  @Field(() => ReferralKind, { description: 'What the referral is for; it bounds the areas shared.' }) type!: ReferralKind;
  @Field(() => String) reason!: string;
  @Field(() => [CaseArea]) sharedAreas!: CaseArea[];
  @Field(() => ConsentBasis) consent!: ConsentBasis;
  @Field(() => String, { nullable: true }) consentNote?: string | null;
  @Field(() => ReferralStatus) status!: ReferralStatus;
  @Field(() => DateScalar) referredOn!: string;
  @Field(() => DateScalar, { nullable: true }) respondedOn?: string | null;
  @Field(() => String, { nullable: true }) response?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Revoked on this day: it shares nothing since.' }) revokedOn?: string | null;
  @Field(() => String, { nullable: true }) revokeReason?: string | null;
}

export const ChildCaseConnection = ConnectionType('ChildCase', ChildCaseType);

// An optimistic lock's value, as the agreements take it.
const VERSION = { min: 0, max: 2_147_483_647 };

// Years, as an age assessment gives them (children.service.ts checks the same).
const AGE = { min: 0, max: 40 };

@InputType()
export class ChildCaseFilter {
  @Field(() => CaseStatus, { nullable: true }) status?: CaseStatus;
  @Field(() => Separation, { nullable: true }) separation?: Separation;
  @Field(() => Boolean, { nullable: true, description: 'true: reported missing now.' }) missing?: boolean;
}

@InputType({
  description: 'A child identified as unaccompanied or separated (AP II.7), or accompanied and at risk (AP II.6). Unknown details may be left out.',
})
export class OpenCaseInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @Field(() => Separation) separation!: Separation;
  @TextField(free(2000), { nullable: true, description: 'Required for ACCOMPANIED_AT_RISK: why the child is at risk (AP II.6).' }) riskReason?: string;
  @TextField(line(500), { description: 'How and where the child was found.' }) identifiedWhere!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) identifiedOn?: string;
  @TextField(line(200), { nullable: true }) givenName?: string;
  @TextField(line(200), { nullable: true }) familyName?: string;
  @Field(() => Boolean, { nullable: true, description: 'Default true: names as the child declares them.' }) namesDeclared?: boolean;
  @Field(() => DateScalar, { nullable: true }) declaredBirthDate?: string;
  @Field(() => Sex, { nullable: true }) sex?: Sex;
  @TextField(CODE, { nullable: true, description: 'ISO 3166-1 alpha-2.' }) nationality?: string;
  @ListField(() => [String], { maxItems: 20, item: line(50) }, { nullable: true }) languages?: string[];
  @IdField({ nullable: true, description: "The child's beneficiary record (in your view of beneficiaries), when protection is sought or granted." })
  beneficiaryId?: string;
}

@InputType({
  description:
    "Corrects or completes the child's identity and profile (IDENTITY area). Give only what changes: a field left out stays as it is, null clears it (where it may be empty). The case's version is the one you read: CONFLICT when someone changed it since.",
})
export class UpdateChildCaseInput {
  @IdField() caseId!: string;
  @IntField(VERSION, { description: 'The version you read (ChildCase.version).' }) version!: number;
  @TextField(line(200), { nullable: true }) givenName?: string | null;
  @TextField(line(200), { nullable: true }) familyName?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The names are as the child declares them (not from a document).' }) namesDeclared?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: 'When it changes, comesOfAgeOn is computed again by the age rule (docs/children.md).' })
  declaredBirthDate?: string | null;
  @Field(() => Sex, { nullable: true }) sex?: Sex | null;
  @TextField(CODE, { nullable: true, description: 'ISO 3166-1 alpha-2.' }) nationality?: string | null;
  @ListField(() => [String], { maxItems: 20, item: line(50) }, { nullable: true, description: 'The whole list (it replaces the one recorded).' }) languages?:
    | string[]
    | null;
  @Field(() => Separation, { nullable: true }) separation?: Separation | null;
  @TextField(free(2000), {
    nullable: true,
    description: 'ACCOMPANIED_AT_RISK: why the child is at risk (CARE area; it cannot be cleared while the child is so).',
  })
  riskReason?: string | null;
  @TextField(line(500), { nullable: true }) identifiedWhere?: string | null;
  @IdField({
    nullable: true,
    description: "Links the child's beneficiary record (in your view of beneficiaries) once protection is sought or granted; null unlinks it.",
  })
  beneficiaryId?: string | null;
  @TextField(free(2000), { nullable: true, description: 'Why: kept in the change log with each change.' }) note?: string;
}

@InputType({ description: "Updates a child's need (its area must be one you see in the case): its description, plan or status, e.g. MET (AP II.8)." })
export class UpdateChildNeedInput {
  @IdField() needId!: string;
  @IntField(VERSION, { description: 'The version you read (ChildNeed.version).' }) version!: number;
  @TextField(free(4000), { nullable: true }) description?: string;
  @TextField(free(4000), { nullable: true, description: 'null clears it.' }) plan?: string | null;
  @Field(() => NeedStatus, { nullable: true }) status?: NeedStatus;
  @TextField(free(2000), { nullable: true, description: 'Why: kept in the change log with each change.' }) note?: string;
}

@InputType({
  description: 'Who the child may be: names in any script, a declared birth date, a nationality, a beneficiary record. Give at least a name or the record.',
})
export class ChildCaseMatchInput {
  @TextField(line(200), { nullable: true }) givenName?: string;
  @TextField(line(200), { nullable: true }) familyName?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Cases with a declared birth date more than a year away are not matches.' })
  declaredBirthDate?: string;
  @TextField(CODE, { nullable: true, description: 'ISO 3166-1 alpha-2; cases of another nationality are not matches.' }) nationality?: string;
  @IdField({ nullable: true }) beneficiaryId?: string;
}

@InputType()
export class CloseCaseInput {
  @IdField() caseId!: string;
  @Field(() => ClosingReason) reason!: ClosingReason;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) closedOn?: string;
  @TextField(free(2000), { nullable: true }) note?: string;
}

@InputType()
export class RecordAgeAssessmentInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() caseId!: string;
  @Field(() => AgeMethod) method!: AgeMethod;
  @IntField(AGE) minAge!: number;
  @IntField(AGE) maxAge!: number;
  @Field(() => AgeOutcome) outcome!: AgeOutcome;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Default false. true: the result is disputed (e.g. the child or the representative appeals it); the person is treated as a child until a later assessment with disputed false decides the dispute (Directive 2013/32/EU Art. 25(5)).',
  })
  disputed?: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) assessedOn?: string;
}

@InputType()
export class AppointRepresentativeInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() caseId!: string;
  @Field(() => RepresentativeKind) kind!: RepresentativeKind;
  @TextField(line(300)) name!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today; the current representative of the kind ends that day.' }) appointedOn?: string;
}

@InputType()
export class RecordPlacementInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() caseId!: string;
  @Field(() => PlacementKind) kind!: PlacementKind;
  @TextField(line(300), { description: 'The service, centre or family.' }) provider!: string;
  @TextField(CODE) municipalityCode!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today; the current placement ends that day.' }) fromDate?: string;
}

@InputType()
export class ReferCaseInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() caseId!: string;
  @TextField(CODE, { description: 'e.g. MON, RZI-SOF, ASP.' }) toInstitutionCode!: string;
  @Field(() => ReferralKind, { description: 'What the referral is for; it bounds the areas shared.' }) type!: ReferralKind;
  @TextField(free(2000)) reason!: string;
  @ListField(
    () => [CaseArea],
    { maxItems: Object.keys(CaseArea).length },
    { description: 'The areas the referral shares: only areas you see yourself, and its type allows.' },
  )
  sharedAreas!: CaseArea[];
  @Field(() => ConsentBasis, { description: 'On what basis the child’s data is shared.' }) consent!: ConsentBasis;
  @TextField(free(2000), { nullable: true, description: 'Required when shared without consent: why the child’s best interests require it.' })
  consentNote?: string;
}

@ObjectType('BestInterestsAssessment', { description: 'AP I.15.1: a rapid or full best-interests assessment; a full one needs DAZD approval.' })
export class BestInterestsAssessmentType {
  @Field(() => ID) id!: string;
  @Field(() => AssessmentKind) kind!: AssessmentKind;
  @Field(() => DateScalar) madeOn!: string;
  @Field(() => String) findings!: string;
  @Field(() => String) recommendations!: string;
  @Field(() => ApprovalStatus) approval!: ApprovalStatus;
  @Field(() => DateScalar, { nullable: true }) decidedOn?: string | null;
  @Field(() => String, { nullable: true }) decisionNote?: string | null;
}

@ObjectType('ChildNeed', { description: "AP II.8: a child's need in one area, and the plan for it." })
export class ChildNeedType {
  @Field(() => ID) id!: string;
  @Field(() => CaseArea) area!: CaseArea;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true }) plan?: string | null;
  @Field(() => NeedStatus) status!: NeedStatus;
  @Field(() => DateScalar) recordedOn!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The last change of its description, plan or status (the case’s changes list each).' }) changedOn?:
    | string
    | null;
  @Field(() => Int, { description: 'Optimistic lock: updateChildNeed takes the version you read.' }) version!: number;
}

@ObjectType('MonitoringVisit', { implements: NodeInterface, description: "AP I.18: DAZD's monitoring visit to a reception centre." })
export class MonitoringVisitType {
  @Field(() => ID) id!: string;
  @Field(() => String) centre!: string;
  @Field(() => DateScalar) visitedOn!: string;
  @Field(() => String) findings!: string;
  @Field(() => String) recommendations!: string;
  @Field(() => DateScalar, { nullable: true }) followUpDueOn?: string | null;
  @Field(() => String, { nullable: true }) followUp?: string | null;
  @Field(() => DateScalar, { nullable: true }) followedUpOn?: string | null;
}

export const MonitoringVisitConnection = ConnectionType('MonitoringVisit', MonitoringVisitType);
export const BestInterestsAssessmentConnection = ConnectionType('BestInterestsAssessment', BestInterestsAssessmentType);
export const ReferralConnection = ConnectionType('Referral', ReferralType);

@InputType()
export class RecordBestInterestsInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() caseId!: string;
  @Field(() => AssessmentKind) kind!: AssessmentKind;
  @TextField(free(10_000)) findings!: string;
  @TextField(free(10_000)) recommendations!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) madeOn?: string;
}

@InputType()
export class RecordNeedInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() caseId!: string;
  @Field(() => CaseArea, { description: 'EDUCATION, HEALTH, PSYCHOLOGICAL, LEGAL, FAMILY_TRACING or LANGUAGE: an area you see in the case.' }) area!: CaseArea;
  @TextField(free(4000)) description!: string;
  @TextField(free(4000), { nullable: true, description: 'The plan for it (future development, AP II.8).' }) plan?: string;
  @Field(() => NeedStatus, { nullable: true }) status?: NeedStatus;
}

@InputType()
export class RecordMonitoringVisitInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @TextField(line(300), { description: 'The centre visited.' }) centre!: string;
  @TextField(CODE) municipalityCode!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) visitedOn?: string;
  @TextField(free(10_000)) findings!: string;
  @TextField(free(10_000)) recommendations!: string;
  @Field(() => DateScalar, { nullable: true }) followUpDueOn?: string;
}

@InputType({ description: 'DAZD merges two cases of the same child (issue 21.4): the duplicate closes as DUPLICATE and points to the kept case.' })
export class MergeChildCasesInput {
  @IdField({ description: 'The case that stays.' }) keptCaseId!: string;
  @IdField({ description: 'The second record of the same child: it closes.' }) duplicateCaseId!: string;
  @TextField(free(2000), { description: 'Why they are the same child (e.g. the same fingerprints, a document).' }) reason!: string;
}

@InputType({ description: "AP II.6: DAZD's methodological support on a case, to secure the child's best interests." })
export class RecordMethodologicalSupportInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @IdField() caseId!: string;
  @TextField(CODE, { nullable: true, description: 'The institution supported (e.g. ASP, MUNICIPALITY-SOF46); none: the participants at large.' })
  givenToInstitutionCode?: string;
  @TextField(free(4000), { description: 'What the support was: guidance, a case conference, a review of the plan.' }) summary!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Default today (Europe/Sofia).' }) givenOn?: string;
}

@ObjectType('MethodologicalSupport', { description: "AP II.6: DAZD's methodological support on a case; the Plan counts the closed cases that had it." })
export class MethodologicalSupportType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) givenOn!: string;
  @Field(() => String) summary!: string;
}

@ObjectType('ChildCaseMatch', { description: 'A case that may be of the same child (issue 21.4), and why. A person decides; DAZD merges.' })
export class ChildCaseMatchType {
  @Field(() => ChildCaseType, { description: 'The case, as your view of it allows.' }) childCase!: unknown;
  @Field(() => [MatchReason]) reasons!: MatchReason[];
}
