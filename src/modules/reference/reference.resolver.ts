import { Arg, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { Root } from '../../shared/root.js';
import type { Context } from '../context.js';
import { CODE, TextArg } from '../../shared/input.js';
import { InstitutionKind } from '../../domain/institutions.js';
import { InstitutionType, MunicipalityType, ProvinceType } from './reference.types.js';
import { referenceService } from './reference.service.js';
import type { InstitutionRow, MunicipalityRow } from './reference.json.js';

@Resolver(() => ProvinceType)
export class ProvinceResolver {
  @Query(() => [ProvinceType], { description: 'The 28 provinces, ordered by code. Public.' })
  provinces(@Ctx() ctx: Context) {
    return referenceService.provinces(ctx.em);
  }
}

@Resolver(() => MunicipalityType)
export class MunicipalityResolver {
  @Query(() => [MunicipalityType], { description: 'Municipalities, ordered by code; all 265, or those of one province. Public.' })
  municipalities(@Ctx() ctx: Context, @TextArg('provinceCode', CODE, { nullable: true, description: 'Province code, e.g. BLG.' }) provinceCode?: string) {
    return referenceService.municipalities(ctx.em, provinceCode);
  }

  @FieldResolver(() => ProvinceType)
  async province(@Root() municipality: MunicipalityRow, @Ctx() ctx: Context) {
    return ctx.loaders.province.load(municipality.province.code);
  }
}

@Resolver(() => InstitutionType)
export class InstitutionResolver {
  @Query(() => [InstitutionType], { description: 'Institutions, ordered by code, optionally of one kind or province. Public.' })
  institutions(
    @Ctx() ctx: Context,
    @Arg('kind', () => InstitutionKind, { nullable: true }) kind?: InstitutionKind,
    @TextArg('provinceCode', CODE, { nullable: true, description: 'Only institutions of this province.' })
    provinceCode?: string,
  ) {
    return referenceService.institutions(ctx.em, { kind, provinceCode });
  }

  @FieldResolver(() => ProvinceType, { nullable: true, description: 'The province it serves, for provincial and municipal institutions.' })
  async province(@Root() institution: InstitutionRow, @Ctx() ctx: Context) {
    return institution.province ? ctx.loaders.province.load(institution.province.code) : null;
  }

  @FieldResolver(() => MunicipalityType, { nullable: true, description: 'The municipality, for a MUNICIPALITY institution.' })
  async municipality(@Root() institution: InstitutionRow, @Ctx() ctx: Context) {
    return institution.municipality ? ctx.loaders.municipality.load(institution.municipality.code) : null;
  }
}
