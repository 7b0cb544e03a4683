import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Root } from '../../shared/root.js';
import { Idempotent } from '../../shared/idempotency.js';
import { IdArg } from '../../shared/input.js';
import { rootRead } from '../../read/json-read.js';
import { prefetched } from '../../read/types.js';
import type { Context } from '../context.js';
import { PageArgs } from '../../shared/relay.js';
import { BeneficiaryType } from '../beneficiaries/beneficiary.types.js';
import { municipalityOf } from '../../domain/reference-data.js';
import { InstitutionType, MunicipalityType } from '../reference/reference.types.js';
import { Agreement } from './agreement.entity.js';
import { AgreementStatus, MayorDuty, terminationArticleOf } from '../../domain/agreements.js';

/** The item number of a duty in Art. 14 (1–14): the enum lists them in the article's order. */
const dutyItem = (duty: MayorDuty) => Object.values(MayorDuty).indexOf(duty) + 1;
import { agreementService } from './agreement.service.js';
import { effectiveStatus, participantOf } from './agreement.derived.js';
import {
  AddMeasureInput,
  AgreementConnection,
  AgreementFilter,
  AgreementMemberType,
  AgreementType,
  ConcludeAgreementInput,
  ExtendAgreementInput,
  IntegrationPlanConnection,
  IntegrationPlanFilter,
  IntegrationPlanType,
  MeasureConnection,
  MeasureFilter,
  MeasureType,
  RecordChildAssessmentInput,
  RecordMeasureResultInput,
  TerminateAgreementInput,
  TransferAgreementInput,
  SignAgreementInput,
  MayorDutyItemType,
  RecordMayorDutyInput,
} from './agreement.types.js';
import type { AgreementMemberRow, AgreementRow, IntegrationPlanRow, MeasureRow } from './agreement.json.js';
import type { MayorDutyItem } from './mayor-duty.entity.js';
import { Measure } from './measure.entity.js';
import { planService } from './plan.service.js';

@Resolver(() => AgreementType)
export class AgreementResolver {
  @Query(() => AgreementType, { description: 'An agreement in your scope; NOT_FOUND otherwise.' })
  agreement(@IdArg('id') id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const { em, json } = rootRead(ctx, info, 'Agreement');
    return agreementService.read(em, id, json);
  }

  @Query(() => AgreementConnection, { description: 'Agreements in your scope, newest signing first.' })
  agreements(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter: AgreementFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { em, json } = rootRead(ctx, info, 'Agreement', true);
    return agreementService.list(em, ctx.principal!, filter, page, json);
  }

  @Mutation(() => AgreementType, { description: 'The mayor concludes an agreement with a forwarded applicant and the accompanying family (Art. 3).' })
  @UseMiddleware(Idempotent(Agreement))
  concludeAgreement(@Arg('input', () => ConcludeAgreementInput) input: ConcludeAgreementInput, @Ctx() ctx: Context) {
    return agreementService.conclude(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => AgreementType, { description: 'Signs a DRAFT agreement: the term runs from the day of signing; plans are drawn up (Art. 3(5)).' })
  signAgreement(@Arg('input', () => SignAgreementInput) input: SignAgreementInput, @Ctx() ctx: Context) {
    return agreementService.sign(ctx.em, input);
  }

  @Mutation(() => AgreementType, { description: "Extends once, by one year, with the foreigner's written consent (Art. 3(3))." })
  extendAgreement(@Arg('input', () => ExtendAgreementInput) input: ExtendAgreementInput, @Ctx() ctx: Context) {
    return agreementService.extend(ctx.em, input);
  }

  @Mutation(() => AgreementType, { description: 'Ends an agreement early on a ground of Art. 30(1) or 31(1); continues for adult family under 30(2).' })
  terminateAgreement(@Arg('input', () => TerminateAgreementInput) input: TerminateAgreementInput, @Ctx() ctx: Context) {
    return agreementService.terminate(ctx.em, input);
  }

  @Mutation(() => AgreementType, {
    description:
      'Art. 32: moves the agreement, once, to another municipality. Returns this agreement, now TRANSFERRED; the new one is the receiving municipality’s.',
  })
  transferAgreement(@Arg('input', () => TransferAgreementInput) input: TransferAgreementInput, @Ctx() ctx: Context) {
    return agreementService.transfer(ctx.em, input);
  }

  @FieldResolver(() => AgreementType, { nullable: true, description: 'The agreement this one replaced (Art. 32).' })
  transferredFrom(@Root() agreement: AgreementRow, @Ctx() ctx: Context) {
    return agreement.transferredFrom ? ctx.loaders.agreement.load(agreement.transferredFrom.id) : null;
  }

  @Mutation(() => MayorDutyItemType, { description: "Records how one of the mayor's duties (Art. 14) stands." })
  recordMayorDuty(@Arg('input', () => RecordMayorDutyInput) input: RecordMayorDutyInput, @Ctx() ctx: Context) {
    return agreementService.recordMayorDuty(ctx.em, input);
  }

  // Lists of a class some readers of the agreement may not read are nullable: refused, they are null
  // and the rest of the agreement still arrives.
  @FieldResolver(() => [MayorDutyItemType], { nullable: true, description: "The mayor's checklist under Art. 14, items 1–14 in order." })
  async duties(@Root() agreement: AgreementRow, @Ctx() ctx: Context) {
    const items = await ctx.loaders.dutiesOf.load(agreement.id);
    return [...items].sort((a, b) => dutyItem(a.duty) - dutyItem(b.duty));
  }

  @FieldResolver(() => AgreementType, { nullable: true, description: 'The agreement that replaced this one (Art. 32), if in your scope.' })
  async transferredTo(@Root() agreement: AgreementRow, @Ctx() ctx: Context) {
    if (agreement.status !== AgreementStatus.TRANSFERRED) return null;
    const id = await ctx.loaders.successorOf.load(agreement.id);
    return id ? ctx.loaders.agreement.load(id) : null;
  }

  @FieldResolver(() => AgreementStatus)
  status(@Root() agreement: AgreementRow) {
    return effectiveStatus(agreement);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The article of the termination ground, e.g. "Art. 31(1) p.3".' })
  terminationArticle(@Root() agreement: AgreementRow) {
    return terminationArticleOf(agreement);
  }

  @FieldResolver(() => MunicipalityType)
  municipality(@Root() agreement: AgreementRow) {
    return municipalityOf(agreement);
  }

  // Nullable: a role that reads agreements but not identities (COORDINATOR) gets FORBIDDEN here only.
  @FieldResolver(() => BeneficiaryType, { nullable: true, description: 'The party to the agreement (Art. 3(1)). IDENTITY data.' })
  holder(@Root() agreement: AgreementRow, @Ctx() ctx: Context) {
    return prefetched(agreement, 'holder', () => ctx.loaders.beneficiary.load(agreement.holder.id));
  }

  @FieldResolver(() => [AgreementMemberType], { nullable: true, description: 'Everyone on the agreement, including those who left (Art. 30(2)).' })
  members(@Root() agreement: AgreementRow, @Ctx() ctx: Context) {
    return prefetched(agreement, 'members', () => ctx.loaders.membersOf.load(agreement.id));
  }

  // Nullable: a caller who may read the agreement but not plans (SAR) gets FORBIDDEN on this field only.
  @FieldResolver(() => [IntegrationPlanType], {
    nullable: true,
    description: 'Individual integration plans: one per adult party, one per child (Art. 3(5)). PLAN data.',
  })
  plans(@Root() agreement: AgreementRow, @Ctx() ctx: Context) {
    return prefetched(agreement, 'plans', () => ctx.loaders.plansOf.load(agreement.id));
  }
}

@Resolver(() => AgreementMemberType)
export class AgreementMemberResolver {
  @FieldResolver(() => BeneficiaryType, { nullable: true, description: 'IDENTITY data.' })
  beneficiary(@Root() member: AgreementMemberRow, @Ctx() ctx: Context) {
    return prefetched(member, 'beneficiary', () => ctx.loaders.beneficiary.load(member.beneficiary.id));
  }
}

@Resolver(() => IntegrationPlanType)
export class IntegrationPlanResolver {
  @Mutation(() => IntegrationPlanType, { description: "Records a child's needs assessment and opinion (Art. 15)." })
  recordChildAssessment(@Arg('input', () => RecordChildAssessmentInput) input: RecordChildAssessmentInput, @Ctx() ctx: Context) {
    return planService.recordChildAssessment(ctx.em, ctx.principal!, input);
  }

  @Query(() => IntegrationPlanConnection, { description: 'Integration plans in your scope (docs/policy.md: each role its share).' })
  integrationPlans(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => IntegrationPlanFilter, { nullable: true }) filter: IntegrationPlanFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { em, json } = rootRead(ctx, info, 'IntegrationPlan', true);
    return planService.listPlans(em, ctx.principal!, filter, page, json);
  }

  // Nullable: a role may reach a plan without the person's identity (MON: an adult's plan).
  @FieldResolver(() => BeneficiaryType, { nullable: true, description: 'IDENTITY data.' })
  beneficiary(@Root() plan: IntegrationPlanRow, @Ctx() ctx: Context) {
    return prefetched(plan, 'beneficiary', () => ctx.loaders.beneficiary.load(plan.beneficiary.id));
  }

  @FieldResolver(() => [MeasureType], { description: 'The measures of the plan you may read (RZI: health; AZ: employment and training; …).' })
  measures(@Root() plan: IntegrationPlanRow, @Ctx() ctx: Context) {
    return prefetched(plan, 'measures', () => ctx.loaders.measuresOf.load(plan.id));
  }
}

@Resolver(() => MeasureType)
export class MeasureResolver {
  @Mutation(() => MeasureType, {
    description:
      "Adds a measure to a plan (Art. 4(3)). The municipality's plan names the responsible institution; AZ, ASP and MON add their own measures for persons referred to them.",
  })
  @UseMiddleware(Idempotent(Measure, ['plan']))
  addMeasure(@Arg('input', () => AddMeasureInput) input: AddMeasureInput, @Ctx() ctx: Context) {
    return planService.addMeasure(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => MeasureType, { description: "Records a measure's status and result (Art. 4(3))." })
  recordMeasureResult(@Arg('input', () => RecordMeasureResultInput) input: RecordMeasureResultInput, @Ctx() ctx: Context) {
    return planService.recordResult(ctx.em, ctx.principal!, input);
  }

  @Query(() => MeasureConnection, { description: 'Measures in your scope: each institution those of its areas (docs/policy.md).' })
  measures(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => MeasureFilter, { nullable: true }) filter: MeasureFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { em, json } = rootRead(ctx, info, 'Measure', true);
    return planService.listMeasures(em, ctx.principal!, filter, page, json);
  }

  @FieldResolver(() => InstitutionType)
  responsibleInstitution(@Root() measure: MeasureRow, @Ctx() ctx: Context) {
    return prefetched(measure, 'responsibleInstitution', () => ctx.loaders.institution.load(measure.responsibleInstitution.code));
  }

  @FieldResolver(() => IntegrationPlanType, { nullable: true, description: 'The plan, if you may reach it (an NGO may not).' })
  plan(@Root() measure: MeasureRow, @Ctx() ctx: Context) {
    return ctx.loaders.plan.load(measure.plan.id);
  }

  // Nullable: only NGOs read pseudonyms; the others reach the same measures and read identities instead.
  @FieldResolver(() => String, {
    nullable: true,
    description: "The person the measure serves, as your organisation's pseudonym: the same person gives the same pseudonym. PSEUDONYM data (NGOs).",
  })
  participant(@Root() measure: MeasureRow, @Ctx() ctx: Context) {
    return participantOf(measure, ctx);
  }
}

@Resolver(() => MayorDutyItemType)
export class MayorDutyItemResolver {
  @FieldResolver(() => Int, { description: 'Item number in Art. 14 (1–14).' })
  item(@Root() item: MayorDutyItem) {
    return dutyItem(item.duty);
  }
}
