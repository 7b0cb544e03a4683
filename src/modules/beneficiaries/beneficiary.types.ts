import { IdempotencyKeyField, type IdempotentInput } from '../../shared/idempotency.js';
import { NodeInterface } from '../node/node.type.js';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay.js';
import { CODE, IdField, KeptField, ListField, TextField, free, line } from '../../shared/input.js';
import { DateScalar } from '../../shared/scalars.js';
import { EducationLevel, FamilyRelation, FamilyStatus, ProtectionKind, Sex } from '../../domain/beneficiaries.js';

@ObjectType('Beneficiary', { implements: NodeInterface, description: 'A foreigner seeking or granted protection (IDENTITY and PROFILE data).' })
export class BeneficiaryType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Personal number of a foreigner (ЛНЧ), 10 digits with a check digit.' }) lnch!: string;
  @Field(() => String) givenNameLatin!: string;
  @Field(() => String) familyNameLatin!: string;
  @Field(() => String, { nullable: true }) givenNameCyrillic?: string | null;
  @Field(() => String, { nullable: true }) familyNameCyrillic?: string | null;
  @Field(() => DateScalar) birthDate!: string;
  @Field(() => Sex) sex!: Sex;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; null when stateless.' }) citizenship?: string | null;
  @Field(() => Boolean) stateless!: boolean;
  @Field(() => ProtectionKind, { nullable: true, description: 'Null while the protection procedure is pending.' })
  protectionKind?: ProtectionKind | null;
  @Field(() => String, { nullable: true }) protectionDecisionNumber?: string | null;
  @Field(() => DateScalar, { nullable: true }) protectionDecisionDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the decision was served on the foreigner.' })
  protectionDecisionServedOn?: string | null;
  @Field(() => String, { nullable: true }) currentAddress?: string | null;
  // PROFILE fields are nullable: a role may read a person's identity but not the profile (DAZD: a parent's).
  @Field(() => EducationLevel, { nullable: true, description: 'PROFILE data.' }) educationLevel!: EducationLevel;
  @Field(() => String, { nullable: true }) professionalExperience?: string | null;
  @Field(() => String, { nullable: true }) qualifications?: string | null;
  @Field(() => [String], { nullable: true, description: 'Languages spoken (ISO 639-1 codes or names).' }) languages!: string[];
  @Field(() => FamilyStatus, { nullable: true }) familyStatus!: FamilyStatus;
  @Field(() => String, { nullable: true, description: "SAR's integration profile (Art. 20 p.1)." }) integrationProfile?: string | null;
}

@ObjectType('FamilyMember', { description: 'A relative of a beneficiary, as far as the caller may see them.' })
export class FamilyMemberType {
  @Field(() => FamilyRelation, { description: 'What the relative is to the beneficiary.' }) relation!: FamilyRelation;
  @Field(() => BeneficiaryType) relative!: BeneficiaryType;
}

// The same limits as the service's checks (beneficiary.service.ts).
const LNCH = line(10);
const NAME = line(200);
const DECISION_NUMBER = line(100);
const ADDRESS = line(500);
const PROFILE_TEXT = free(4000);
const LANGUAGES = { maxItems: 20, item: line(50) };

export const BeneficiaryConnection = ConnectionType('Beneficiary', BeneficiaryType);

@InputType({ description: 'Data SAR records about a foreigner (Art. 4(4), Art. 20 p.1).' })
export class RegisterBeneficiaryInput implements IdempotentInput {
  @IdempotencyKeyField() idempotencyKey?: string | null;
  @TextField(LNCH, { description: 'Personal number of a foreigner (ЛНЧ), 10 digits with a check digit.' }) lnch!: string;
  @TextField(NAME) givenNameLatin!: string;
  @TextField(NAME) familyNameLatin!: string;
  @TextField(NAME, { nullable: true }) givenNameCyrillic?: string;
  @TextField(NAME, { nullable: true }) familyNameCyrillic?: string;
  @Field(() => DateScalar) birthDate!: string;
  @Field(() => Sex) sex!: Sex;
  @TextField(CODE, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. SY. Omit when stateless.' }) citizenship?: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) stateless?: boolean;
  @Field(() => ProtectionKind, { nullable: true }) protectionKind?: ProtectionKind;
  @TextField(DECISION_NUMBER, { nullable: true }) protectionDecisionNumber?: string;
  @Field(() => DateScalar, { nullable: true }) protectionDecisionDate?: string;
  @Field(() => DateScalar, { nullable: true }) protectionDecisionServedOn?: string;
  @TextField(ADDRESS, { nullable: true }) currentAddress?: string;
  @KeptField(() => EducationLevel, { description: 'Default UNKNOWN.' }) educationLevel?: EducationLevel;
  @TextField(PROFILE_TEXT, { nullable: true }) professionalExperience?: string;
  @TextField(PROFILE_TEXT, { nullable: true }) qualifications?: string;
  @ListField(() => [String], LANGUAGES, { nullable: true, description: 'ISO 639-1 codes or names.' }) languages?: string[];
  @KeptField(() => FamilyStatus, { description: 'Default UNKNOWN.' }) familyStatus?: FamilyStatus;
  @TextField(PROFILE_TEXT, { nullable: true }) integrationProfile?: string;
}

@InputType({ description: 'Profile data (PROFILE class); omitted fields stay as they are.' })
export class UpdateBeneficiaryProfileInput {
  @IdField() id!: string;
  @KeptField(() => EducationLevel) educationLevel?: EducationLevel;
  @TextField(PROFILE_TEXT, { nullable: true, description: 'null clears it.' }) professionalExperience?: string;
  @TextField(PROFILE_TEXT, { nullable: true, description: 'null clears it.' }) qualifications?: string;
  @ListField(() => [String], LANGUAGES, { nullable: true, description: 'ISO 639-1 codes or names; replaces the list.' }) languages?: string[];
  @KeptField(() => FamilyStatus) familyStatus?: FamilyStatus;
  @TextField(PROFILE_TEXT, { nullable: true, description: 'SAR only (Art. 20 p.1); null clears it.' }) integrationProfile?: string;
}

@InputType()
export class BeneficiaryFilter {
  @TextField(CODE, { nullable: true, description: 'ISO 3166-1 alpha-2.' }) citizenship?: string;
  @Field(() => Boolean, { nullable: true }) stateless?: boolean;
  @Field(() => ProtectionKind, { nullable: true }) protectionKind?: ProtectionKind;
  @TextField(LNCH, { nullable: true, description: 'Exact LNCh.' }) lnch?: string;
}

@InputType({ description: 'The decision granting protection, recorded by SAR once it is made and served.' })
export class RecordProtectionDecisionInput {
  @IdField() beneficiaryId!: string;
  @Field(() => ProtectionKind) protectionKind!: ProtectionKind;
  @TextField(DECISION_NUMBER) protectionDecisionNumber!: string;
  @Field(() => DateScalar) protectionDecisionDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'When it was served on the foreigner (starts the 14 days of Art. 16).' })
  protectionDecisionServedOn?: string;
}
