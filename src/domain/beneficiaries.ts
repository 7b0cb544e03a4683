import { registerEnumType } from 'type-graphql';

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Sex, { name: 'Sex', description: 'Sex as recorded in the protection decision.' });

export enum ProtectionKind {
  REFUGEE_STATUS = 'REFUGEE_STATUS',
  HUMANITARIAN_STATUS = 'HUMANITARIAN_STATUS',
  ASYLUM = 'ASYLUM',
}
registerEnumType(ProtectionKind, {
  name: 'ProtectionKind',
  description: 'Kind of protection granted (§1 of the Ordinance: rights differ by kind).',
  valuesConfig: {
    REFUGEE_STATUS: { description: 'Refugee status (статут на бежанец): rights of a Bulgarian citizen, with the exceptions of §1(1).' },
    HUMANITARIAN_STATUS: { description: 'Humanitarian status (хуманитарен статут): rights of a permanent resident (§1(2)).' },
    ASYLUM: { description: 'Asylum granted by the President (убежище): rights of a Bulgarian citizen, with the exceptions of §1(1).' },
  },
});

export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  LOWER_SECONDARY = 'LOWER_SECONDARY',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
  VOCATIONAL = 'VOCATIONAL',
  HIGHER = 'HIGHER',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(EducationLevel, { name: 'EducationLevel', description: 'Highest completed level of education (Art. 4(1) p.3 г).' });

export enum FamilyStatus {
  SINGLE = 'SINGLE',
  MARRIED = 'MARRIED',
  DIVORCED = 'DIVORCED',
  WIDOWED = 'WIDOWED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(FamilyStatus, { name: 'FamilyStatus' });

export enum FamilyRelation {
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  OTHER = 'OTHER',
}
registerEnumType(FamilyRelation, {
  name: 'FamilyRelation',
  description: 'How the relative is related to the beneficiary: CHILD means the relative is their child.',
});

export const INVERSE_RELATION: Record<FamilyRelation, FamilyRelation> = {
  SPOUSE: FamilyRelation.SPOUSE,
  CHILD: FamilyRelation.PARENT,
  PARENT: FamilyRelation.CHILD,
  OTHER: FamilyRelation.OTHER,
};
