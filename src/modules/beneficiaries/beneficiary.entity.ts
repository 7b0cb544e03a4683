import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { RECORD_KEY_DEFAULT } from '../statistics/cell-key.js';
import { EducationLevel, FamilyStatus, ProtectionKind, Sex } from '../../domain/beneficiaries.js';

/**
 * A foreigner seeking or granted protection. Identity (names, LNCh, birth date, sex, citizenship,
 * protection, address) and profile (education, experience, languages, family status, SAR's
 * integration profile, Art. 20 p.1) are the statutory data classes IDENTITY and PROFILE.
 */
@Entity({ tableName: 'beneficiary' })
export class Beneficiary extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 10 })
  lnch!: string;

  @Property({ type: 'text' })
  givenNameLatin!: string;

  @Property({ type: 'text' })
  familyNameLatin!: string;

  @Property({ type: 'text', nullable: true })
  givenNameCyrillic?: string | null;

  @Property({ type: 'text', nullable: true })
  familyNameCyrillic?: string | null;

  // Indexed: DAZD's and MON's row scopes are "children" (born after today minus 18 years).
  @Index()
  @Property({ type: 'date' })
  birthDate!: CalendarDate;

  @Enum({ items: () => Sex, type: 'string' })
  sex!: Sex;

  /** ISO 3166-1 alpha-2; null when stateless. */
  @Index()
  @Property({ type: 'string', length: 2, nullable: true })
  citizenship?: string | null;

  @Property({ type: 'boolean', default: false })
  stateless: Opt<boolean> = false;

  /** Null while the protection procedure is pending. */
  @Index()
  @Enum({ items: () => ProtectionKind, type: 'string', nullable: true })
  protectionKind?: ProtectionKind | null;

  @Property({ type: 'text', nullable: true })
  protectionDecisionNumber?: string | null;

  @Property({ type: 'date', nullable: true })
  protectionDecisionDate?: CalendarDate | null;

  @Property({ type: 'date', nullable: true })
  protectionDecisionServedOn?: CalendarDate | null;

  @Property({ type: 'text', nullable: true })
  currentAddress?: string | null;

  @Enum({ items: () => EducationLevel, type: 'string', default: EducationLevel.UNKNOWN })
  educationLevel: Opt<EducationLevel> = EducationLevel.UNKNOWN;

  @Property({ type: 'text', nullable: true })
  professionalExperience?: string | null;

  @Property({ type: 'text', nullable: true })
  qualifications?: string | null;

  @Property({ type: 'array', default: [] })
  languages: Opt<string[]> = [];

  @Enum({ items: () => FamilyStatus, type: 'string', default: FamilyStatus.UNKNOWN })
  familyStatus: Opt<FamilyStatus> = FamilyStatus.UNKNOWN;

  /** SAR's integration profile, drawn up during the procedure (Art. 20 p.1). */
  @Property({ type: 'text', nullable: true })
  integrationProfile?: string | null;

  /** The cell-key method's fixed random key (docs/indicators.md), drawn by the database at insert; never exposed, never loaded. */
  @Property({ type: 'smallint', defaultRaw: RECORD_KEY_DEFAULT, lazy: true, hidden: true })
  recordKey?: Opt<number>;
}
