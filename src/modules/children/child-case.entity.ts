import { BeforeCreate, BeforeUpdate, Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Sex } from '../../domain/beneficiaries.js';
import { Institution } from '../reference/institution.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { RECORD_KEY_DEFAULT } from '../statistics/cell-key.js';
import { caseNameKeys } from './names.js';
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

/**
 * A case of the coordination mechanism for an unaccompanied or separated child (AP II.7–8), or an
 * accompanied third-country child at risk (AP II.6): who the child is as far as known, how they were
 * found, and where the case stands.
 */
@Entity({ tableName: 'child_case' })
export class ChildCase extends BaseEntity {
  /** Names as known: possibly unknown, possibly only as the child declares them. */
  @Property({ type: 'text', nullable: true }) givenName?: string | null;
  @Property({ type: 'text', nullable: true }) familyName?: string | null;
  /**
   * The names' keys across scripts and spellings (names.ts), for the search for the same child
   * (matching.ts), indexed. Kept with the names on every write; null only for a row written before the
   * column, until the hub keys it at start (rekeyChildCases).
   */
  @Index({ type: 'gin' })
  @Property({ type: 'array', nullable: true, hidden: true })
  nameKeys?: string[] | null;
  @Property({ type: 'boolean', default: true }) namesDeclared: Opt<boolean> = true;
  @Property({ type: 'date', nullable: true }) declaredBirthDate?: CalendarDate | null;
  /** As known; null when not recorded. */
  @Enum({ items: () => Sex, type: 'string', nullable: true }) sex?: Sex | null;
  /** The day the child turns (or is taken to turn) 18, by the age rule (children.service.ts comesOfAgeOn); null: not known, a child. */
  @Index()
  @Property({ type: 'date', nullable: true })
  comesOfAgeOn?: CalendarDate | null;
  /** ISO 3166-1 alpha-2; null when unknown or stateless. */
  @Property({ type: 'string', length: 2, nullable: true }) nationality?: string | null;
  @Property({ type: 'array', default: [] }) languages: Opt<string[]> = [];
  @Enum({ items: () => Separation, type: 'string' }) separation!: Separation;
  /** ACCOMPANIED_AT_RISK: why the child, with its parents, is in the mechanism (AP II.6). CARE area. */
  @Property({ type: 'text', nullable: true }) riskReason?: string | null;
  @Property({ type: 'date' }) identifiedOn!: CalendarDate;
  @Property({ type: 'text' }) identifiedWhere!: string;
  @ManyToOne(() => Institution, { fieldName: 'identified_by_code' }) identifiedBy!: Institution;
  /** The institution that runs the case (DAZD coordinates, AP II.6). */
  @ManyToOne(() => Institution, { fieldName: 'owner_code' }) owner!: Institution;
  /** The child's record once protection is sought or granted. */
  @ManyToOne(() => Beneficiary, { nullable: true, index: true }) beneficiary?: Beneficiary | null;
  @Index()
  @Enum({ items: () => CaseStatus, type: 'string' })
  status: Opt<CaseStatus> = CaseStatus.IDENTIFIED;
  @Enum({ items: () => ClosingReason, type: 'string', nullable: true }) closingReason?: ClosingReason | null;
  @Property({ type: 'date', nullable: true }) closedOn?: CalendarDate | null;
  /** DAZD and the owner were told the child turns 18 within 30 days (once). */
  @Property({ type: 'date', nullable: true }) comingOfAgeNotifiedOn?: CalendarDate | null;
  /** Reported missing and not found since: the open episode's `since` (MissingEpisode keeps them all). */
  @Property({ type: 'date', nullable: true }) missingSince?: CalendarDate | null;
  /** Closed as DUPLICATE: the case of the same child that is kept (mergeChildCases); the indicators count that one only. */
  @ManyToOne(() => ChildCase, { nullable: true, index: true, deleteRule: 'restrict' }) mergedInto?: ChildCase | null;
  @Property({ type: 'integer', version: true }) version: Opt<number> = 1;

  /** The cell-key method's fixed random key (docs/indicators.md), drawn by the database at insert; never exposed, never loaded. */
  @Property({ type: 'smallint', defaultRaw: RECORD_KEY_DEFAULT, lazy: true, hidden: true })
  recordKey?: Opt<number>;

  @BeforeCreate()
  @BeforeUpdate()
  keyNames(): void {
    this.nameKeys = caseNameKeys(this);
  }
}

/**
 * AP II.6: DAZD's methodological support to the institutions working on a child's case, to secure the
 * child's best interests. The Plan counts the closed cases that had it.
 */
@Entity({ tableName: 'child_methodological_support' })
export class MethodologicalSupport extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @Property({ type: 'date' }) givenOn!: CalendarDate;
  @ManyToOne(() => Institution, { fieldName: 'given_by_code' }) givenBy!: Institution;
  /** The institution supported (e.g. the social assistance directorate or municipality with the child); null: the case's participants at large. */
  @ManyToOne(() => Institution, { fieldName: 'given_to_code', nullable: true }) givenTo?: Institution | null;
  @Property({ type: 'text' }) summary!: string;
}

/** Every change of a case's status, with who and why: the history. */
@Entity({ tableName: 'child_case_status_change' })
export class CaseStatusChange extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @Enum({ items: () => CaseStatus, type: 'string', nullable: true }) fromStatus?: CaseStatus | null;
  @Enum({ items: () => CaseStatus, type: 'string' }) toStatus!: CaseStatus;
  @Property({ type: 'date' }) changedOn!: CalendarDate;
  @ManyToOne(() => Institution, { fieldName: 'changed_by_code' }) changedBy!: Institution;
  @Property({ type: 'text', nullable: true }) note?: string | null;
  /** Why it closed (a change to CLOSED): kept here, as the case's own reason is cleared when it is reopened. */
  @Enum({ items: () => ClosingReason, type: 'string', nullable: true }) closingReason?: ClosingReason | null;
}

/**
 * A time the child went missing (AP I.21, II.7): since when, who reported it, and when and by whom
 * the child was found. At most one is open (not found) per case; ChildCase.missingSince mirrors it.
 */
@Entity({ tableName: 'child_missing_episode' })
@Index({
  name: 'child_missing_episode_one_open',
  expression: 'create unique index "child_missing_episode_one_open" on "child_missing_episode" ("child_case_id") where "found_on" is null',
})
export class MissingEpisode extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @Property({ type: 'date' }) since!: CalendarDate;
  @ManyToOne(() => Institution, { fieldName: 'reported_by_code' }) reportedBy!: Institution;
  @Property({ type: 'date', nullable: true }) foundOn?: CalendarDate | null;
  @ManyToOne(() => Institution, { fieldName: 'found_by_code', nullable: true }) foundBy?: Institution | null;
  /** Where and how the child was found. */
  @Property({ type: 'text', nullable: true }) foundNote?: string | null;
}

/** AP I.21 (Part I): an assessment of age where minority is in doubt, its result as a range. */
@Entity({ tableName: 'age_assessment' })
export class AgeAssessment extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @Enum({ items: () => AgeMethod, type: 'string' }) method!: AgeMethod;
  @Property({ type: 'date' }) assessedOn!: CalendarDate;
  @ManyToOne(() => Institution, { fieldName: 'assessed_by_code' }) assessedBy!: Institution;
  @Property({ type: 'integer' }) minAge!: number;
  @Property({ type: 'integer' }) maxAge!: number;
  @Property({ type: 'boolean', default: false }) disputed: Opt<boolean> = false;
  @Enum({ items: () => AgeOutcome, type: 'string' }) outcome!: AgeOutcome;
}

/** The child's guardian or legal representative, and when. */
@Entity({ tableName: 'child_representative' })
export class Representative extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @Enum({ items: () => RepresentativeKind, type: 'string' }) kind!: RepresentativeKind;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'date' }) appointedOn!: CalendarDate;
  @Property({ type: 'date', nullable: true }) endedOn?: CalendarDate | null;
  /** Who recorded the appointment (null: recorded before the hub kept it). */
  @ManyToOne(() => Institution, { fieldName: 'recorded_by_code', nullable: true }) recordedBy?: Institution | null;
}

/** Where the child lives: a social service, a reception centre or a foster family, from–to. */
@Entity({ tableName: 'child_placement' })
export class Placement extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @Enum({ items: () => PlacementKind, type: 'string' }) kind!: PlacementKind;
  @Property({ type: 'text' }) provider!: string;
  @ManyToOne(() => Municipality, { fieldName: 'municipality_code', index: true }) municipality!: Municipality;
  @Property({ type: 'date' }) fromDate!: CalendarDate;
  @Property({ type: 'date', nullable: true }) toDate?: CalendarDate | null;
  /** Who recorded the placement (null: recorded before the hub kept it). */
  @ManyToOne(() => Institution, { fieldName: 'recorded_by_code', nullable: true }) recordedBy?: Institution | null;
}

/** A referral from one participant to another institution: why, which areas it shares, and the answer. */
@Entity({ tableName: 'child_referral' })
export class Referral extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @ManyToOne(() => Institution, { fieldName: 'from_code' }) from!: Institution;
  @ManyToOne(() => Institution, { fieldName: 'to_code', index: true }) to!: Institution;
  @Enum({ items: () => ReferralKind, type: 'string' }) type!: ReferralKind;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'array' }) sharedAreas!: CaseArea[];
  @Enum({ items: () => ConsentBasis, type: 'string' }) consent!: ConsentBasis;
  @Property({ type: 'text', nullable: true }) consentNote?: string | null;
  @Enum({ items: () => ReferralStatus, type: 'string' }) status: Opt<ReferralStatus> = ReferralStatus.PENDING;
  @Property({ type: 'date' }) referredOn!: CalendarDate;
  @Property({ type: 'date', nullable: true }) respondedOn?: CalendarDate | null;
  @Property({ type: 'text', nullable: true }) response?: string | null;
  /** A revoked referral shares nothing from then on: who revoked it, when and why. */
  @Property({ type: 'date', nullable: true }) revokedOn?: CalendarDate | null;
  @ManyToOne(() => Institution, { fieldName: 'revoked_by_code', nullable: true }) revokedBy?: Institution | null;
  @Property({ type: 'text', nullable: true }) revokeReason?: string | null;
}

/**
 * An institution taking part in a case, with its role in it, from when and until when. A participation
 * that ended is kept (who took part, who ended it and why); only a current one opens the case
 * (scopes.childCase), and an institution takes part at most once at a time.
 */
@Entity({ tableName: 'child_case_participant' })
@Index({
  name: 'child_case_participant_one_current',
  expression:
    'create unique index "child_case_participant_one_current" on "child_case_participant" ("child_case_id", "institution_code") where "left_on" is null',
})
export class CaseParticipant extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @ManyToOne(() => Institution, { fieldName: 'institution_code', index: true }) institution!: Institution;
  @Property({ type: 'text' }) role!: string;
  @Property({ type: 'date' }) joinedOn!: CalendarDate;
  /** The accepted referral it takes part by: the participation ends with the referral (done or revoked). */
  @ManyToOne(() => Referral, { nullable: true, deleteRule: 'set null' }) viaReferral?: Referral | null;
  @Property({ type: 'date', nullable: true }) leftOn?: CalendarDate | null;
  @ManyToOne(() => Institution, { fieldName: 'ended_by_code', nullable: true }) endedBy?: Institution | null;
  @Property({ type: 'text', nullable: true }) endReason?: string | null;
}

/** AP I.15.1: a best-interests assessment; a full one needs DAZD's approval before the care plan is final. */
@Entity({ tableName: 'best_interests_assessment' })
export class BestInterestsAssessment extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @Enum({ items: () => AssessmentKind, type: 'string' }) kind!: AssessmentKind;
  @ManyToOne(() => Institution, { fieldName: 'made_by_code' }) madeBy!: Institution;
  @Property({ type: 'date' }) madeOn!: CalendarDate;
  @Property({ type: 'text' }) findings!: string;
  @Property({ type: 'text' }) recommendations!: string;
  @Index()
  @Enum({ items: () => ApprovalStatus, type: 'string' })
  approval!: ApprovalStatus;
  @Property({ type: 'date', nullable: true }) decidedOn?: CalendarDate | null;
  @Property({ type: 'text', nullable: true }) decisionNote?: string | null;

  /** The cell-key method's fixed random key (docs/indicators.md), drawn by the database at insert; never exposed, never loaded. */
  @Property({ type: 'smallint', defaultRaw: RECORD_KEY_DEFAULT, lazy: true, hidden: true })
  recordKey?: Opt<number>;
}

/** AP II.8: a need of the child in one area, and the plan for it. */
@Entity({ tableName: 'child_need' })
export class ChildNeed extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @Enum({ items: () => CaseArea, type: 'string' }) area!: CaseArea;
  @Property({ type: 'text' }) description!: string;
  @Property({ type: 'text', nullable: true }) plan?: string | null;
  @Enum({ items: () => NeedStatus, type: 'string' }) status: Opt<NeedStatus> = NeedStatus.OPEN;
  @ManyToOne(() => Institution, { fieldName: 'recorded_by_code' }) recordedBy!: Institution;
  @Property({ type: 'date' }) recordedOn!: CalendarDate;
  /** The last change of its description, plan or status (the case's change log has each). */
  @ManyToOne(() => Institution, { fieldName: 'changed_by_code', nullable: true }) changedBy?: Institution | null;
  @Property({ type: 'date', nullable: true }) changedOn?: CalendarDate | null;
  @Property({ type: 'integer', version: true }) version: Opt<number> = 1;
}

/**
 * One field of a case or of a need changed after it was recorded: from what, to what, by whom, when.
 * `area` is the part of the case the field belongs to: only those who see that area read the change
 * (null: the case's own fields every participant reads, e.g. separation).
 */
@Entity({ tableName: 'child_case_change' })
export class CaseChange extends BaseEntity {
  @ManyToOne(() => ChildCase, { index: true, deleteRule: 'cascade' }) childCase!: ChildCase;
  @Enum({ items: () => CaseArea, type: 'string', nullable: true }) area?: CaseArea | null;
  /** What changed: `ChildCase` or `ChildNeed`, and its id. */
  @Property({ type: 'text' }) subjectType!: string;
  @Property({ type: 'uuid' }) subjectId!: string;
  @Property({ type: 'text' }) field!: string;
  @Property({ type: 'json', nullable: true }) fromValue?: unknown;
  @Property({ type: 'json', nullable: true }) toValue?: unknown;
  @ManyToOne(() => Institution, { fieldName: 'changed_by_code' }) changedBy!: Institution;
  @Property({ type: 'date' }) changedOn!: CalendarDate;
  @Property({ type: 'text', nullable: true }) note?: string | null;
}

/** AP I.18: DAZD's monitoring visit to a reception centre, what it found, and the follow-up. */
@Entity({ tableName: 'monitoring_visit' })
export class MonitoringVisit extends BaseEntity {
  @Property({ type: 'text' }) centre!: string;
  @ManyToOne(() => Municipality, { fieldName: 'municipality_code' }) municipality!: Municipality;
  @Index()
  @Property({ type: 'date' })
  visitedOn!: CalendarDate;
  @Property({ type: 'text' }) findings!: string;
  @Property({ type: 'text' }) recommendations!: string;
  @Property({ type: 'date', nullable: true }) followUpDueOn?: CalendarDate | null;
  @Property({ type: 'text', nullable: true }) followUp?: string | null;
  @Property({ type: 'date', nullable: true }) followedUpOn?: CalendarDate | null;
  /** DAZD and SAR were told the follow-up is overdue (once). */
  @Property({ type: 'date', nullable: true }) followUpOverdueNotifiedOn?: CalendarDate | null;
}
