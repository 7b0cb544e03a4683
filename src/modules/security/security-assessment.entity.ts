import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { RiskLevel } from '../../domain/security.js';

/** DANS identifies national-security risks in the integration of a foreigner (Art. 2, 26). */
@Entity({ tableName: 'security_assessment' })
export class SecurityAssessment extends BaseEntity {
  @ManyToOne(() => Beneficiary, { index: true })
  beneficiary!: Beneficiary;

  @Property({ type: 'date' })
  assessedOn!: CalendarDate;

  @Enum({ items: () => RiskLevel, type: 'string' })
  riskLevel!: RiskLevel;

  @Property({ type: 'text' })
  summary!: string;

  /** DANS's own file reference. */
  @Property({ type: 'text', nullable: true })
  reference?: string | null;

  /** The DANS officer or system account that recorded it (token subject). */
  @Property({ type: 'text' })
  assessedBy!: string;
}
