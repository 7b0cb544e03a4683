import { Field, ID, ObjectType } from 'type-graphql';
import { InstitutionKind } from '../../domain/institutions.js';

@ObjectType('Province', { description: 'A province (област) of Bulgaria; reference data, public.' })
export class ProvinceType {
  @Field(() => ID, { description: 'NSI code, e.g. BLG; the first three letters of its municipalities’ codes.' })
  code!: string;

  @Field(() => String, { description: 'Name in Bulgarian.' })
  nameBg!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
}

@ObjectType('Municipality', { description: 'A municipality (община); reference data, public.' })
export class MunicipalityType {
  @Field(() => ID, { description: 'NSI code, e.g. SOF46 (Stolichna).' })
  code!: string;

  @Field(() => String, { description: 'Name in Bulgarian.' })
  nameBg!: string;

  @Field(() => String, { description: 'EKATTE code of the administrative centre settlement.' })
  centreEkatte!: string;
}

@ObjectType('Institution', { description: 'An institution that exchanges data through the hub.' })
export class InstitutionType {
  @Field(() => ID, { description: 'Stable code: SAR, RZI-BLG, MUNICIPALITY-SOF46, …' })
  code!: string;

  @Field(() => InstitutionKind)
  kind!: InstitutionKind;

  @Field(() => String, { description: 'Name in Bulgarian.' })
  nameBg!: string;

  @Field(() => String, { nullable: true, description: 'Name in English, where one is established.' })
  nameEn?: string;
}
