import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Root } from '../../shared/root.js';
import { Idempotent } from '../../shared/idempotency.js';
import type { Context } from '../context.js';
import { PageArgs } from '../../shared/relay.js';
import { BeneficiaryType } from '../beneficiaries/beneficiary.types.js';
import { MunicipalityType } from '../reference/reference.types.js';
import { Objection } from './objection.entity.js';
import { OffenceReport } from './offence-report.entity.js';
import { ObjectionOutcome } from '../../domain/oversight.js';
import { oversightService } from './oversight.service.js';
import {
  DecideObjectionInput,
  FileObjectionInput,
  ObjectionConnection,
  ObjectionType,
  OffenceReportConnection,
  OffenceReportType,
  ReportOffenceInput,
} from './oversight.types.js';

@Resolver(() => OffenceReportType)
export class OffenceReportResolver {
  @Query(() => OffenceReportConnection, { description: 'Offence reports: MVR its own; a municipality those addressed to its mayor.' })
  offenceReports(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return oversightService.listOffences(ctx.em, page);
  }

  @Mutation(() => OffenceReportType, { description: 'MVR informs the mayor of an offence or crime by a beneficiary (Art. 24(2)).' })
  @UseMiddleware(Idempotent(OffenceReport))
  reportOffence(@Arg('input', () => ReportOffenceInput) input: ReportOffenceInput, @Ctx() ctx: Context) {
    return oversightService.reportOffence(ctx.em, ctx.principal!, input);
  }

  @FieldResolver(() => BeneficiaryType, { nullable: true })
  beneficiary(@Root() report: OffenceReport, @Ctx() ctx: Context) {
    return ctx.loaders.beneficiary.load(report.beneficiary.id);
  }

  @FieldResolver(() => MunicipalityType, { description: 'The municipality whose mayor was informed.' })
  municipality(@Root() report: OffenceReport, @Ctx() ctx: Context) {
    return ctx.loaders.municipality.load(report.municipality.code);
  }
}

@Resolver(() => ObjectionType)
export class ObjectionResolver {
  @Query(() => ObjectionConnection, { description: 'Objections (Art. 18): a governor those of its province; a municipality those about its agreements.' })
  objections(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('outcome', () => ObjectionOutcome, { nullable: true }) outcome: ObjectionOutcome | undefined,
    @Ctx() ctx: Context,
  ) {
    return oversightService.listObjections(ctx.em, outcome, page);
  }

  @Mutation(() => ObjectionType, { description: "The governor records a foreigner's objection (Art. 18)." })
  @UseMiddleware(Idempotent(Objection))
  fileObjection(@Arg('input', () => FileObjectionInput) input: FileObjectionInput, @Ctx() ctx: Context) {
    return oversightService.fileObjection(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => ObjectionType, { description: 'The governor decides an objection (Art. 18).' })
  decideObjection(@Arg('input', () => DecideObjectionInput) input: DecideObjectionInput, @Ctx() ctx: Context) {
    return oversightService.decideObjection(ctx.em, input);
  }

  @FieldResolver(() => String, { description: 'Id of the agreement objected to.' })
  agreementId(@Root() objection: Objection) {
    return objection.agreement.id;
  }
}
