import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Root } from '../../shared/root.js';
import { Idempotent } from '../../shared/idempotency.js';
import { CODE, IdArg, TextArg, free, line } from '../../shared/input.js';
import type { Context } from '../context.js';
import { PageArgs } from '../../shared/relay.js';
import { BeneficiaryType } from '../beneficiaries/beneficiary.types.js';
import { IntegrationPlanType } from '../agreements/agreement.types.js';
import { InstitutionType, MunicipalityType } from '../reference/reference.types.js';
import {
  AgeAssessment,
  BestInterestsAssessment,
  type CaseChange,
  type CaseParticipant,
  type CaseStatusChange,
  ChildCase,
  ChildNeed,
  MethodologicalSupport,
  type MissingEpisode,
  MonitoringVisit,
  Placement,
  Referral,
  Representative,
} from './child-case.entity.js';
import type { Institution } from '../reference/institution.entity.js';
import { ApprovalStatus, CaseStatus, ReferralStatus } from '../../domain/children.js';
import { childrenService } from './children.service.js';
import {
  BestInterestsAssessmentConnection,
  BestInterestsAssessmentType,
  ReferralConnection,
  ChildNeedType,
  MonitoringVisitConnection,
  MonitoringVisitType,
  RecordBestInterestsInput,
  RecordMonitoringVisitInput,
  RecordNeedInput,
  AgeAssessmentType,
  AppointRepresentativeInput,
  CaseParticipantType,
  CaseStatusChangeType,
  ChildCaseConnection,
  ChildCaseFilter,
  ChildCaseType,
  CloseCaseInput,
  MissingEpisodeType,
  OpenCaseInput,
  PlacementType,
  RecordAgeAssessmentInput,
  RecordPlacementInput,
  ReferCaseInput,
  ReferralType,
  RepresentativeType,
  CaseChangeType,
  ChildCaseMatchInput,
  ChildCaseMatchType,
  UpdateChildCaseInput,
  UpdateChildNeedInput,
  MergeChildCasesInput,
  MethodologicalSupportType,
  RecordMethodologicalSupportInput,
} from './children.types.js';

/** An institution a row refers to (who identified, assessed, recorded, changed), through the request's loader. */
const institutionOf = (ctx: Context, ref: Institution | null | undefined) => (ref ? ctx.loaders.institution.load(ref.code) : null);

@Resolver(() => ChildCaseType)
export class ChildCaseResolver {
  @Query(() => ChildCaseConnection, { description: 'Children’s cases you take part in (DAZD: all), newest identification first.' })
  childCases(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ChildCaseFilter, { nullable: true }) filter: ChildCaseFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return childrenService.list(ctx.em, ctx.principal!, filter, page);
  }

  @Query(() => ChildCaseType, { description: 'One case, if you take part in it (else NOT_FOUND).' })
  childCase(@IdArg('id') id: string, @Ctx() ctx: Context) {
    return childrenService.get(ctx.em, id);
  }

  @Mutation(() => ChildCaseType, { description: 'An unaccompanied or separated child enters the mechanism (AP II.7); DAZD runs the case.' })
  @UseMiddleware(Idempotent(ChildCase))
  openChildCase(@Arg('input', () => OpenCaseInput) input: OpenCaseInput, @Ctx() ctx: Context) {
    return childrenService.open(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => ChildCaseType, {
    description:
      "Corrects or completes the child's identity and profile (IDENTITY area), links the beneficiary record, on the version you read (CONFLICT when stale). Each change goes to the case's changes; a new declared birth date recomputes comesOfAgeOn.",
  })
  updateChildCase(@Arg('input', () => UpdateChildCaseInput) input: UpdateChildCaseInput, @Ctx() ctx: Context) {
    return childrenService.update(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => ChildNeedType, {
    description: "AP II.8: updates a need's description, plan or status (e.g. MET), in an area you see in the case, on the version you read.",
  })
  updateChildNeed(@Arg('input', () => UpdateChildNeedInput) input: UpdateChildNeedInput, @Ctx() ctx: Context) {
    return childrenService.updateNeed(ctx.em, ctx.principal!, input);
  }

  @Query(() => [ChildCaseMatchType], {
    description:
      'Issue 21.4: cases in your view that may be of the child described (names across Latin and Cyrillic, birth date within a year, nationality, beneficiary record), newest identification first. Roles that read the IDENTITY area only; nothing is said of cases outside your view.',
  })
  childCaseMatches(@Arg('input', () => ChildCaseMatchInput) input: ChildCaseMatchInput, @Ctx() ctx: Context) {
    return childrenService.matches(ctx.em, ctx.principal!, input);
  }

  @FieldResolver(() => [ChildCaseMatchType], {
    nullable: true,
    description:
      'Other cases in your view that may be of the same child (select it on openChildCase to check at once). IDENTITY area. DAZD is notified of those among all cases (POSSIBLE_DUPLICATE).',
  })
  possibleDuplicates(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.duplicatesOf.load(c);
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'The institution that identified the child. IDENTITY area.' })
  identifiedBy(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return institutionOf(ctx, c.identifiedBy);
  }

  @FieldResolver(() => [CaseChangeType], {
    description: "Changes of the case's fields and its needs after they were recorded, oldest first: those in the areas you see.",
  })
  changes(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.changesOf.load(c.id);
  }

  @Mutation(() => ChildCaseType, { description: 'Moves a case forward: ASSESSED, PLACED, CARE_PLAN (DAZD).' })
  advanceChildCase(
    @IdArg('caseId') caseId: string,
    @Arg('status', () => CaseStatus) status: CaseStatus,
    @TextArg('note', free(2000), { nullable: true }) note: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return childrenService.advance(ctx.em, ctx.principal!, caseId, status, note);
  }

  @Mutation(() => ChildCaseType, { description: 'Closes a case with its reason (DAZD).' })
  closeChildCase(@Arg('input', () => CloseCaseInput) input: CloseCaseInput, @Ctx() ctx: Context) {
    return childrenService.close(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => ChildCaseType, {
    description:
      'Issue 21.4: DAZD merges a second record of the same child into the case kept, and returns the kept case. The duplicate closes as DUPLICATE and points to it (mergedInto); its pending and accepted referrals move to the kept case, and the institutions that took part in it take part in the kept case. They are notified (CASES_MERGED). The indicators count the child once.',
  })
  mergeChildCases(@Arg('input', () => MergeChildCasesInput) input: MergeChildCasesInput, @Ctx() ctx: Context) {
    return childrenService.merge(ctx.em, ctx.principal!, input);
  }

  @FieldResolver(() => ChildCaseType, { nullable: true, description: 'Closed as DUPLICATE: the case of the same child that is kept, if you take part in it.' })
  mergedInto(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return c.mergedInto ? ctx.loaders.childCase.load(c.mergedInto.id) : null;
  }

  @Mutation(() => MethodologicalSupportType, {
    description: "AP II.6: DAZD records its methodological support on a case (BEST_INTERESTS area), to secure the child's best interests.",
  })
  @UseMiddleware(Idempotent(MethodologicalSupport))
  recordMethodologicalSupport(@Arg('input', () => RecordMethodologicalSupportInput) input: RecordMethodologicalSupportInput, @Ctx() ctx: Context) {
    return childrenService.recordMethodologicalSupport(ctx.em, ctx.principal!, input);
  }

  @FieldResolver(() => [MethodologicalSupportType], {
    nullable: true,
    description: "AP II.6: DAZD's methodological support on the case, oldest first. BEST_INTERESTS area.",
  })
  methodologicalSupport(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.methodologicalSupportOf.load(c.id);
  }

  @Mutation(() => ChildCaseType, {
    description: 'DAZD opens a closed case again, with the reason; it returns to the status it was closed from, and the history shows the reopening.',
  })
  reopenChildCase(@IdArg('caseId') caseId: string, @TextArg('reason', free(2000)) reason: string, @Ctx() ctx: Context) {
    return childrenService.reopenCase(ctx.em, ctx.principal!, caseId, reason);
  }

  @Mutation(() => CaseParticipantType, { description: 'DAZD brings an institution into a case, with its role.' })
  addCaseParticipant(
    @IdArg('caseId') caseId: string,
    @TextArg('institutionCode', CODE) code: string,
    @TextArg('role', line(300)) role: string,
    @Ctx() ctx: Context,
  ) {
    return childrenService.addParticipant(ctx.em, ctx.principal!, caseId, code, role);
  }

  @Mutation(() => CaseParticipantType, {
    description:
      "DAZD ends an institution's part in a case, with the reason (AP II.6): it no longer sees the case, its pending or accepted referrals for the case are revoked, and it is notified (PARTICIPATION_ENDED).",
  })
  removeCaseParticipant(
    @IdArg('caseId') caseId: string,
    @TextArg('institutionCode', CODE) code: string,
    @TextArg('reason', free(2000)) reason: string,
    @Ctx() ctx: Context,
  ) {
    return childrenService.removeParticipant(ctx.em, ctx.principal!, caseId, code, reason);
  }

  @Mutation(() => AgeAssessmentType, {
    description:
      "AP I.21 (Part I): records an age assessment (AGE area). A later one decides an earlier one's dispute; the case's comesOfAgeOn follows the age rule.",
  })
  @UseMiddleware(Idempotent(AgeAssessment))
  recordAgeAssessment(@Arg('input', () => RecordAgeAssessmentInput) input: RecordAgeAssessmentInput, @Ctx() ctx: Context) {
    return childrenService.recordAgeAssessment(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => RepresentativeType, { description: 'Appoints a guardian or legal representative (CARE area).' })
  @UseMiddleware(Idempotent(Representative))
  appointRepresentative(@Arg('input', () => AppointRepresentativeInput) input: AppointRepresentativeInput, @Ctx() ctx: Context) {
    return childrenService.appointRepresentative(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => PlacementType, { description: 'Records where the child lives from a day on (CARE area).' })
  @UseMiddleware(Idempotent(Placement))
  recordPlacement(@Arg('input', () => RecordPlacementInput) input: RecordPlacementInput, @Ctx() ctx: Context) {
    return childrenService.recordPlacement(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => ChildCaseType, {
    description:
      'Reports the child missing (MISSING area): an episode opens, MVR and DAZD are notified at once, and MVR takes part in the case to search for the child (AP I.21, II.7).',
  })
  reportChildMissing(
    @IdArg('caseId') caseId: string,
    @TextArg('since', line(10), { nullable: true, description: 'Missing since this day, YYYY-MM-DD; default today (Europe/Sofia).' }) since: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return childrenService.reportMissing(ctx.em, ctx.principal!, caseId, since);
  }

  @Mutation(() => ChildCaseType, {
    description:
      'The missing child is found (MISSING area): the episode ends, DAZD, MVR and the reporter are notified (CHILD_FOUND); a case closed as WENT_MISSING opens again.',
  })
  reportChildFound(
    @IdArg('caseId') caseId: string,
    @TextArg('foundOn', line(10), { nullable: true, description: 'Found on this day, YYYY-MM-DD; default today (Europe/Sofia).' }) foundOn: string | undefined,
    @TextArg('note', free(2000), { nullable: true, description: 'Where and how the child was found.' }) note: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return childrenService.reportFound(ctx.em, ctx.principal!, caseId, foundOn, note);
  }

  @FieldResolver(() => [MissingEpisodeType], {
    nullable: true,
    description: 'Every time the child went missing, oldest first; the open one is missingSince. MISSING area.',
  })
  missingEpisodes(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.missingEpisodesOf.load(c.id);
  }

  @FieldResolver(() => BeneficiaryType, { nullable: true, description: "The child's beneficiary record (IDENTITY area, and your view of beneficiaries)." })
  beneficiary(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return c.beneficiary ? ctx.loaders.beneficiary.load(c.beneficiary.id) : null;
  }

  @FieldResolver(() => IntegrationPlanType, {
    nullable: true,
    description: "The child's integration plan (Art. 3(5)) once protection is granted, if your view reaches it.",
  })
  integrationPlan(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return c.beneficiary ? ctx.loaders.planOfBeneficiary.load(c.beneficiary.id) : null;
  }

  @FieldResolver(() => [CaseStatusChangeType])
  statusHistory(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.statusHistoryOf.load(c.id);
  }

  @FieldResolver(() => [AgeAssessmentType], { nullable: true, description: 'AGE area.' })
  ageAssessments(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.ageAssessmentsOf.load(c.id);
  }

  @FieldResolver(() => [RepresentativeType], { nullable: true, description: 'CARE area.' })
  representatives(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.representativesOf.load(c.id);
  }

  @FieldResolver(() => [PlacementType], { nullable: true, description: 'CARE area.' })
  placements(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.placementsOf.load(c.id);
  }

  @FieldResolver(() => [BestInterestsAssessmentType], { nullable: true, description: 'BEST_INTERESTS area.' })
  bestInterestsAssessments(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.bestInterestsOf.load(c.id);
  }

  @FieldResolver(() => [ChildNeedType], { description: 'Needs in the areas you see in the case (AP II.8).' })
  needs(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.needsOf.load(c.id);
  }

  @Mutation(() => BestInterestsAssessmentType, {
    description: 'AP I.15.1: records a rapid or full best-interests assessment (BEST_INTERESTS area); a full one goes to DAZD for approval.',
  })
  @UseMiddleware(Idempotent(BestInterestsAssessment))
  recordBestInterestsAssessment(@Arg('input', () => RecordBestInterestsInput) input: RecordBestInterestsInput, @Ctx() ctx: Context) {
    return childrenService.recordBestInterests(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => BestInterestsAssessmentType, { description: 'DAZD approves a full best-interests assessment, or returns it with a note.' })
  decideBestInterestsAssessment(
    @IdArg('assessmentId') id: string,
    @Arg('approval', () => ApprovalStatus) approval: ApprovalStatus,
    @TextArg('note', free(4000), { nullable: true }) note: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return childrenService.decideBestInterests(ctx.em, ctx.principal!, id, approval, note);
  }

  @Mutation(() => ChildNeedType, { description: "AP II.8: records a child's need and its plan, in an area you see in the case." })
  @UseMiddleware(Idempotent(ChildNeed))
  recordChildNeed(@Arg('input', () => RecordNeedInput) input: RecordNeedInput, @Ctx() ctx: Context) {
    return childrenService.recordNeed(ctx.em, ctx.principal!, input);
  }

  @FieldResolver(() => [CaseParticipantType])
  participants(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.participantsOf.load(c.id);
  }

  @FieldResolver(() => [ReferralType])
  referrals(@Root() c: ChildCase, @Ctx() ctx: Context) {
    return ctx.loaders.referralsOf.load(c.id);
  }
}

@Resolver(() => ReferralType)
export class ReferralResolver {
  @Query(() => [ReferralType], { description: 'Referrals of children’s cases to your institution, pending first (DAZD: all).' })
  caseReferrals(@Arg('status', () => ReferralStatus, { nullable: true }) status: ReferralStatus | undefined, @Ctx() ctx: Context) {
    return childrenService.referrals(ctx.em, status);
  }

  @Query(() => ReferralConnection, {
    description:
      'Referrals of children’s cases to your institution (DAZD: all), by status if given, newest referral first, a page at a time (caseReferrals: the first 500).',
  })
  caseReferralsPage(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => ReferralStatus, { nullable: true }) status: ReferralStatus | undefined,
    @Ctx() ctx: Context,
  ) {
    return childrenService.referralPage(ctx.em, status, page);
  }

  @Mutation(() => ReferralType, { description: 'A participant refers the case to another institution, sharing the areas it names.' })
  @UseMiddleware(Idempotent(Referral))
  referChildCase(@Arg('input', () => ReferCaseInput) input: ReferCaseInput, @Ctx() ctx: Context) {
    return childrenService.refer(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => ReferralType, { description: 'The institution referred to accepts (and takes part), declines, or reports it done.' })
  respondToReferral(
    @IdArg('referralId') referralId: string,
    @Arg('status', () => ReferralStatus) status: ReferralStatus,
    @TextArg('response', free(2000), { nullable: true }) response: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return childrenService.respond(ctx.em, ctx.principal!, referralId, status, response);
  }

  @Mutation(() => ReferralType, {
    description:
      'The referrer (or DAZD) withdraws a pending or accepted referral, with the reason (AP II.7): it shares nothing from now on, the part in the case it gave ends, and the recipient is notified (REFERRAL_REVOKED).',
  })
  revokeChildReferral(@IdArg('referralId') referralId: string, @TextArg('reason', free(2000)) reason: string, @Ctx() ctx: Context) {
    return childrenService.revokeReferral(ctx.em, ctx.principal!, referralId, reason);
  }

  @FieldResolver(() => InstitutionType)
  from(@Root() r: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.institution.load(r.from.code);
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'Who revoked it: the referrer or DAZD.' })
  revokedBy(@Root() r: Referral, @Ctx() ctx: Context) {
    return r.revokedBy ? ctx.loaders.institution.load(r.revokedBy.code) : null;
  }

  @FieldResolver(() => InstitutionType)
  to(@Root() r: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.institution.load(r.to.code);
  }

  @FieldResolver(() => ChildCaseType, { nullable: true, description: 'The case, once you take part in it.' })
  childCase(@Root() r: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.childCase.load(r.childCase.id);
  }
}

@Resolver(() => BestInterestsAssessmentType)
export class BestInterestsAssessmentResolver {
  @Query(() => BestInterestsAssessmentConnection, {
    description: 'AP I.15.1: full best-interests assessments awaiting DAZD’s approval, the longest waiting first (DAZD only).',
  })
  assessmentsAwaitingApproval(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return childrenService.awaitingApproval(ctx.em, ctx.principal!, page);
  }

  @FieldResolver(() => ID, { description: 'The case assessed.' })
  caseId(@Root() a: BestInterestsAssessment) {
    return a.childCase.id;
  }

  @FieldResolver(() => InstitutionType, { description: 'The institution that made the assessment.' })
  madeBy(@Root() a: BestInterestsAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.institution.load(a.madeBy.code);
  }
}

@Resolver(() => MonitoringVisitType)
export class MonitoringVisitResolver {
  @Query(() => MonitoringVisitConnection, { description: "AP I.18: DAZD's monitoring visits to reception centres, newest first (DAZD, SAR)." })
  monitoringVisits(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return childrenService.visits(ctx.em, page);
  }

  @Mutation(() => MonitoringVisitType, { description: 'AP I.18: DAZD records a monitoring visit to a reception centre.' })
  @UseMiddleware(Idempotent(MonitoringVisit))
  recordMonitoringVisit(@Arg('input', () => RecordMonitoringVisitInput) input: RecordMonitoringVisitInput, @Ctx() ctx: Context) {
    return childrenService.recordVisit(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => MonitoringVisitType, { description: "Records the follow-up of a visit's recommendations." })
  recordVisitFollowUp(
    @IdArg('visitId') visitId: string,
    @TextArg('followUp', free(10_000)) followUp: string,
    @TextArg('followedUpOn', line(10), { nullable: true, description: 'YYYY-MM-DD; default today (Europe/Sofia).' }) on: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return childrenService.recordFollowUp(ctx.em, visitId, followUp, on);
  }

  @FieldResolver(() => MunicipalityType)
  municipality(@Root() v: MonitoringVisit, @Ctx() ctx: Context) {
    return ctx.loaders.municipality.load(v.municipality.code);
  }
}

@Resolver(() => CaseParticipantType)
export class CaseParticipantResolver {
  @FieldResolver(() => InstitutionType)
  institution(@Root() p: CaseParticipant, @Ctx() ctx: Context) {
    return ctx.loaders.institution.load(p.institution.code);
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'Who ended its part (DAZD, or the institution that finished or revoked the referral).' })
  endedBy(@Root() p: CaseParticipant, @Ctx() ctx: Context) {
    return p.endedBy ? ctx.loaders.institution.load(p.endedBy.code) : null;
  }
}

@Resolver(() => MissingEpisodeType)
export class MissingEpisodeResolver {
  @FieldResolver(() => InstitutionType, { description: 'Who reported the child missing.' })
  reportedBy(@Root() e: MissingEpisode, @Ctx() ctx: Context) {
    return ctx.loaders.institution.load(e.reportedBy.code);
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'Who recorded the child found.' })
  foundBy(@Root() e: MissingEpisode, @Ctx() ctx: Context) {
    return e.foundBy ? ctx.loaders.institution.load(e.foundBy.code) : null;
  }
}

@Resolver(() => MethodologicalSupportType)
export class MethodologicalSupportResolver {
  @FieldResolver(() => InstitutionType)
  givenBy(@Root() m: MethodologicalSupport, @Ctx() ctx: Context) {
    return ctx.loaders.institution.load(m.givenBy.code);
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'The institution supported; null: the participants at large.' })
  givenTo(@Root() m: MethodologicalSupport, @Ctx() ctx: Context) {
    return institutionOf(ctx, m.givenTo);
  }
}

@Resolver(() => PlacementType)
export class PlacementResolver {
  @FieldResolver(() => MunicipalityType)
  municipality(@Root() p: Placement, @Ctx() ctx: Context) {
    return ctx.loaders.municipality.load(p.municipality.code);
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'Who recorded the placement; null: recorded before the hub kept it.' })
  recordedBy(@Root() p: Placement, @Ctx() ctx: Context) {
    return institutionOf(ctx, p.recordedBy);
  }
}

@Resolver(() => CaseStatusChangeType)
export class CaseStatusChangeResolver {
  @FieldResolver(() => InstitutionType, { description: 'Who changed the status.' })
  changedBy(@Root() h: CaseStatusChange, @Ctx() ctx: Context) {
    return institutionOf(ctx, h.changedBy);
  }
}

@Resolver(() => AgeAssessmentType)
export class AgeAssessmentResolver {
  @FieldResolver(() => InstitutionType, { description: 'Who assessed the age.' })
  assessedBy(@Root() a: AgeAssessment, @Ctx() ctx: Context) {
    return institutionOf(ctx, a.assessedBy);
  }
}

@Resolver(() => RepresentativeType)
export class RepresentativeResolver {
  @FieldResolver(() => InstitutionType, { nullable: true, description: 'Who recorded the appointment; null: recorded before the hub kept it.' })
  recordedBy(@Root() r: Representative, @Ctx() ctx: Context) {
    return institutionOf(ctx, r.recordedBy);
  }
}

@Resolver(() => ChildNeedType)
export class ChildNeedResolver {
  @FieldResolver(() => InstitutionType, { description: 'Who recorded the need.' })
  recordedBy(@Root() n: ChildNeed, @Ctx() ctx: Context) {
    return institutionOf(ctx, n.recordedBy);
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'Who changed it last (changedOn); null: never changed.' })
  changedBy(@Root() n: ChildNeed, @Ctx() ctx: Context) {
    return institutionOf(ctx, n.changedBy);
  }
}

@Resolver(() => CaseChangeType)
export class CaseChangeResolver {
  @FieldResolver(() => InstitutionType, { description: 'Who made the change.' })
  changedBy(@Root() c: CaseChange, @Ctx() ctx: Context) {
    return institutionOf(ctx, c.changedBy);
  }
}
