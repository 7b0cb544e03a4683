import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CODE, ListField, TextField } from '../../shared/input.js';
import { DateScalar } from '../../shared/scalars.js';
import { MeasureService } from '../../domain/measure-services.js';
import { ProtectionKind, Sex } from '../../domain/beneficiaries.js';
import { Indicator, IndicatorDimension } from './indicators.js';
import { AgeGroup } from './statistics.types.js';

@InputType({ description: 'An indicator over a period, grouped by Art. 12(3) dimensions; your STATS scope applies first.' })
export class IndicatorQuery {
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => DateScalar, { description: 'First day of the period.' }) from!: string;
  @Field(() => DateScalar, { description: 'Last day of the period; ages are counted on it.' }) to!: string;
  @ListField(() => [IndicatorDimension], { maxItems: Object.keys(IndicatorDimension).length }, { defaultValue: [], description: 'None: the total only.' })
  groupBy!: IndicatorDimension[];
  @TextField(CODE, { nullable: true }) provinceCode?: string;
  @TextField(CODE, { nullable: true }) municipalityCode?: string;
}

@ObjectType('IndicatorCell', { description: 'One group: the values of the dimensions asked for (others null), and the persons in it.' })
export class IndicatorCellType {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, or STATELESS.' }) citizenship?: string | null;
  @Field(() => Sex, { nullable: true }) sex?: Sex | null;
  @Field(() => AgeGroup, { nullable: true }) ageGroup?: AgeGroup | null;
  @Field(() => ProtectionKind, { nullable: true }) protectionKind?: ProtectionKind | null;
  @Field(() => MeasureService, { nullable: true }) service?: MeasureService | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => String, { nullable: true }) municipalityCode?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Persons, perturbed by the cell-key method (at most ±2 from the true count; the same group always gives the same figure); null when suppressed. A person using two services counts in both.',
  })
  count!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType('IndicatorResult', {
  description: 'An Art. 12(1) indicator over a period, perturbed by the cell-key method, small groups suppressed (docs/indicators.md).',
})
export class IndicatorResultType {
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => String) article!: string;
  @Field(() => String) title!: string;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => [IndicatorDimension]) groupBy!: IndicatorDimension[];
  @Field(() => Int, { description: 'Groups whose perturbed count is under this are suppressed.' }) threshold!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Distinct persons in all groups, perturbed as a cell of its own (not the sum of the groups); 0 only when there are none; null when its perturbed count is under the threshold.',
  })
  total!: number | null;
  @Field(() => [IndicatorCellType]) cells!: IndicatorCellType[];
  @Field(() => String, { description: 'Path of the same query as CSV (GET with your bearer token; add &lang=bg for Bulgarian headers).' })
  csvPath!: string;
}
