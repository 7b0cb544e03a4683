import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Root } from '../../shared/root.js';
import { Idempotent } from '../../shared/idempotency.js';
import { CODE, IdArg, TextArg } from '../../shared/input.js';
import type { Context } from '../context.js';
import { PageArgs } from '../../shared/relay.js';
import { DateScalar } from '../../shared/scalars.js';
import type { Omittable } from '../../shared/dates.js';
import { BeneficiaryType } from '../beneficiaries/beneficiary.types.js';
import { MunicipalityType } from '../reference/reference.types.js';
import { AgreementApplication } from './agreement-application.entity.js';
import { applicationService } from './application.service.js';
import {
  AgreementApplicationConnection,
  AgreementApplicationFilter,
  AgreementApplicationType,
  ApplyForAgreementInput,
  ApplyToConcludeAgreementsInput,
  MunicipalityApplicationConnection,
  MunicipalityApplicationType,
  MunicipalityRegisterFilter,
} from './application.types.js';
import type { MunicipalityApplication } from './municipality-application.entity.js';

@Resolver(() => AgreementApplicationType)
export class AgreementApplicationResolver {
  @Query(() => AgreementApplicationConnection, {
    description: "Foreigners' applications in your scope (SAR: all; a municipality: those forwarded to it), newest first.",
  })
  agreementApplications(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AgreementApplicationFilter, { nullable: true }) filter: AgreementApplicationFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return applicationService.listApplications(ctx.em, filter, page);
  }

  @Mutation(() => AgreementApplicationType, { description: "SAR records a foreigner's application (Art. 16; §3). Outside the window: DEADLINE_PASSED." })
  @UseMiddleware(Idempotent(AgreementApplication))
  applyForAgreement(@Arg('input', () => ApplyForAgreementInput) input: ApplyForAgreementInput, @Ctx() ctx: Context) {
    return applicationService.applyForAgreement(ctx.em, input);
  }

  @Mutation(() => AgreementApplicationType, { description: 'SAR passes an applicant to a municipality in its register (Art. 20 p.5).' })
  forwardApplication(
    @IdArg('applicationId') applicationId: string,
    @TextArg('municipalityCode', CODE) municipalityCode: string,
    @Arg('forwardedOn', () => DateScalar, { nullable: true }) forwardedOn: Omittable<string>,
    @Ctx() ctx: Context,
  ) {
    return applicationService.forward(ctx.em, applicationId, municipalityCode, forwardedOn);
  }

  @FieldResolver(() => BeneficiaryType)
  applicant(@Root() application: AgreementApplication, @Ctx() ctx: Context) {
    return ctx.loaders.beneficiary.load(application.applicant.id);
  }

  @FieldResolver(() => MunicipalityType, { nullable: true })
  forwardedTo(@Root() application: AgreementApplication, @Ctx() ctx: Context) {
    return application.forwardedTo ? ctx.loaders.municipality.load(application.forwardedTo.code) : null;
  }
}

@Resolver(() => MunicipalityApplicationType)
export class MunicipalityApplicationResolver {
  @Query(() => MunicipalityApplicationConnection, { description: "SAR's register of municipalities (Art. 13(4)); a municipality sees its own applications." })
  municipalityRegister(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => MunicipalityRegisterFilter, { nullable: true }) filter: MunicipalityRegisterFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return applicationService.listRegister(ctx.em, filter, page);
  }

  @Mutation(() => MunicipalityApplicationType, { description: 'The mayor applies to SAR to conclude agreements (Art. 13(1)–(2)).' })
  applyToConcludeAgreements(@Arg('input', () => ApplyToConcludeAgreementsInput) input: ApplyToConcludeAgreementsInput, @Ctx() ctx: Context) {
    return applicationService.applyToConcludeAgreements(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => MunicipalityApplicationType, { description: 'SAR enters a municipality in its register (Art. 13(4)).' })
  registerMunicipality(
    @IdArg('applicationId') applicationId: string,
    @Arg('registeredOn', () => DateScalar, { nullable: true }) registeredOn: Omittable<string>,
    @Ctx() ctx: Context,
  ) {
    return applicationService.register(ctx.em, applicationId, registeredOn);
  }

  @FieldResolver(() => MunicipalityType)
  municipality(@Root() application: MunicipalityApplication, @Ctx() ctx: Context) {
    return ctx.loaders.municipality.load(application.municipality.code);
  }
}
