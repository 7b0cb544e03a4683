import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { Root } from '../../shared/root.js';
import { Idempotent } from '../../shared/idempotency.js';
import { IdArg } from '../../shared/input.js';
import type { Context } from '../context.js';
import { rootRead } from '../../read/json-read.js';
import { PageArgs } from '../../shared/relay.js';
import { FamilyRelation } from '../../domain/beneficiaries.js';
import { Beneficiary } from './beneficiary.entity.js';
import { beneficiaryService } from './beneficiary.service.js';
import type { BeneficiaryRow } from './beneficiary.json.js';
import {
  BeneficiaryConnection,
  BeneficiaryFilter,
  BeneficiaryType,
  FamilyMemberType,
  RecordProtectionDecisionInput,
  RegisterBeneficiaryInput,
  UpdateBeneficiaryProfileInput,
} from './beneficiary.types.js';

@Resolver(() => BeneficiaryType)
export class BeneficiaryResolver {
  @Query(() => BeneficiaryType, { description: 'A beneficiary in your scope; NOT_FOUND otherwise.' })
  beneficiary(@IdArg('id') id: string, @Ctx() ctx: Context) {
    return beneficiaryService.get(ctx.em, id);
  }

  @Query(() => BeneficiaryConnection, { description: 'Beneficiaries in your scope, by Latin family name.' })
  beneficiaries(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BeneficiaryFilter, { nullable: true }) filter: BeneficiaryFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { em, json } = rootRead(ctx, info, 'Beneficiary', true);
    return beneficiaryService.list(em, filter, page, json);
  }

  @Mutation(() => BeneficiaryType, { description: 'SAR records a foreigner (identity, protection, profile).' })
  @UseMiddleware(Idempotent(Beneficiary))
  registerBeneficiary(@Arg('input', () => RegisterBeneficiaryInput) input: RegisterBeneficiaryInput, @Ctx() ctx: Context) {
    return beneficiaryService.register(ctx.em, input);
  }

  @Mutation(() => BeneficiaryType, { description: 'SAR records the decision granting protection (kind, number, date, service).' })
  recordProtectionDecision(@Arg('input', () => RecordProtectionDecisionInput) input: RecordProtectionDecisionInput, @Ctx() ctx: Context) {
    return beneficiaryService.recordProtectionDecision(ctx.em, input);
  }

  @Mutation(() => BeneficiaryType, { description: "Updates a beneficiary's profile (education, experience, languages, …)." })
  updateBeneficiaryProfile(@Arg('input', () => UpdateBeneficiaryProfileInput) input: UpdateBeneficiaryProfileInput, @Ctx() ctx: Context) {
    return beneficiaryService.updateProfile(ctx.em, ctx.principal!, input);
  }

  @Mutation(() => BeneficiaryType, { description: 'Records that `relativeId` is the `relation` of `beneficiaryId` (and the inverse).' })
  linkFamilyMembers(
    @IdArg('beneficiaryId') beneficiaryId: string,
    @IdArg('relativeId') relativeId: string,
    @Arg('relation', () => FamilyRelation) relation: FamilyRelation,
    @Ctx() ctx: Context,
  ) {
    return beneficiaryService.linkFamily(ctx.em, beneficiaryId, relativeId, relation);
  }

  @FieldResolver(() => [FamilyMemberType], { nullable: true, description: 'Relatives, as far as your scope reaches. PROFILE data.' })
  family(@Root() beneficiary: BeneficiaryRow, @Ctx() ctx: Context) {
    return ctx.loaders.familyOf.load(beneficiary.id);
  }
}
