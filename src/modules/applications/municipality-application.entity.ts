import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { Municipality } from '../reference/municipality.entity.js';
import { MunicipalityApplicationStatus } from '../../domain/applications.js';

/** A mayor's application to SAR to conclude agreements (Art. 13(1)–(2)); registered, it is the register of Art. 13(4). */
@Entity({ tableName: 'municipality_application' })
export class MunicipalityApplication extends BaseEntity {
  @ManyToOne(() => Municipality, { fieldName: 'municipality_code', index: true })
  municipality!: Municipality;

  @Property({ type: 'date' })
  submittedOn!: CalendarDate;

  /** How many foreigners the mayor wishes to conclude agreements with (Art. 13(2)). */
  @Property({ type: 'integer' })
  foreignersCount!: number;

  @Property({ type: 'text' })
  municipalityInformation!: string;

  @Property({ type: 'text' })
  plannedMeasures!: string;

  @Index()
  @Enum({ items: () => MunicipalityApplicationStatus, type: 'string' })
  status: Opt<MunicipalityApplicationStatus> = MunicipalityApplicationStatus.SUBMITTED;

  @Property({ type: 'date', nullable: true })
  registeredOn?: CalendarDate | null;
}
