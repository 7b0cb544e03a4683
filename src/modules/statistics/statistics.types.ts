import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CODE, TextField } from '../../shared/input.js';
import { DateScalar } from '../../shared/scalars.js';
import { AgreementStatus } from '../../domain/agreements.js';
import { ProtectionKind, Sex } from '../../domain/beneficiaries.js';

export enum AgreementDimension {
  CITIZENSHIP = 'CITIZENSHIP',
  PROTECTION_KIND = 'PROTECTION_KIND',
  SEX = 'SEX',
  AGE_GROUP = 'AGE_GROUP',
  PROVINCE = 'PROVINCE',
  MUNICIPALITY = 'MUNICIPALITY',
  STATUS = 'STATUS',
}
registerEnumType(AgreementDimension, {
  name: 'AgreementDimension',
  description: "What to group agreements by: the holder's citizenship, protection, sex and age group (Art. 12(3)), or where and how they stand.",
});

/** Age groups at the period's end (docs/api-guide.md): children by school stage, adults by working age. */
export enum AgeGroup {
  AGE_0_6 = 'AGE_0_6',
  AGE_7_13 = 'AGE_7_13',
  AGE_14_17 = 'AGE_14_17',
  AGE_18_34 = 'AGE_18_34',
  AGE_35_64 = 'AGE_35_64',
  AGE_65_PLUS = 'AGE_65_PLUS',
}
registerEnumType(AgeGroup, { name: 'AgeGroup', description: "The holder's age at the period's end (signedTo, else today)." });

@InputType({ description: 'Which agreements to count; your scope applies first. DRAFT agreements are never counted.' })
export class AgreementStatisticsFilter {
  @Field(() => AgreementStatus, { nullable: true }) status?: AgreementStatus;
  @TextField(CODE, { nullable: true }) provinceCode?: string;
  @TextField(CODE, { nullable: true }) municipalityCode?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Signed on or after.' }) signedFrom?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Signed on or before; also the day ages are counted on (default today).' }) signedTo?: string;
}

@ObjectType('AgreementStatisticsCell', { description: 'One group: the values of the dimensions asked for (others null), and its count.' })
export class AgreementStatisticsCellType {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, or STATELESS.' }) citizenship?: string | null;
  @Field(() => ProtectionKind, { nullable: true }) protectionKind?: ProtectionKind | null;
  @Field(() => Sex, { nullable: true }) sex?: Sex | null;
  @Field(() => AgeGroup, { nullable: true }) ageGroup?: AgeGroup | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => String, { nullable: true }) municipalityCode?: string | null;
  @Field(() => AgreementStatus, { nullable: true }) status?: AgreementStatus | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Agreements (one holder each), perturbed by the cell-key method (at most ±2 from the true count; the same group always gives the same figure); null when suppressed.',
  })
  count!: number | null;
  @Field(() => Boolean, { description: 'Its perturbed count is under the threshold: too small to publish. A group with no agreements is not listed.' })
  suppressed!: boolean;
}

@ObjectType('AgreementStatistics', {
  description: 'Agreement counts by group, perturbed by the cell-key method, small groups suppressed (docs/indicators.md).',
})
export class AgreementStatisticsType {
  @Field(() => [AgreementDimension]) groupBy!: AgreementDimension[];
  @Field(() => Int, { description: 'Groups whose perturbed count is under this are suppressed.' }) threshold!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'All agreements counted, perturbed as a cell of its own (not the sum of the groups); 0 only when there are none; null when its perturbed count is under the threshold.',
  })
  total!: number | null;
  @Field(() => [AgreementStatisticsCellType]) cells!: AgreementStatisticsCellType[];
}
