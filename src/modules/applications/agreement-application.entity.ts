import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { ApplicationStatus } from '../../domain/applications.js';

/** A foreigner's application to SAR to conclude an integration agreement (Art. 16; §3). */
@Entity({ tableName: 'agreement_application' })
export class AgreementApplication extends BaseEntity {
  @ManyToOne(() => Beneficiary, { index: true })
  applicant!: Beneficiary;

  @Property({ type: 'date' })
  submittedOn!: CalendarDate;

  @Index()
  @Enum({ items: () => ApplicationStatus, type: 'string' })
  status: Opt<ApplicationStatus> = ApplicationStatus.SUBMITTED;

  /** The municipality SAR passed the applicant to (Art. 20 p.5). */
  @ManyToOne(() => Municipality, { fieldName: 'forwarded_to_code', nullable: true, index: true })
  forwardedTo?: Municipality | null;

  @Property({ type: 'date', nullable: true })
  forwardedOn?: CalendarDate | null;
}
