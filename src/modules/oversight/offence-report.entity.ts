import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { OffenceKind } from '../../domain/oversight.js';

/** MVR informs the mayor of an offence or crime by a beneficiary (Art. 24(2)). */
@Entity({ tableName: 'offence_report' })
export class OffenceReport extends BaseEntity {
  @ManyToOne(() => Beneficiary, { index: true })
  beneficiary!: Beneficiary;

  /** The mayor informed: the municipality of the beneficiary's agreement. */
  @ManyToOne(() => Municipality, { fieldName: 'municipality_code', index: true })
  municipality!: Municipality;

  @Enum({ items: () => OffenceKind, type: 'string' })
  kind!: OffenceKind;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'date' })
  committedOn!: CalendarDate;

  @Property({ type: 'date' })
  reportedOn!: CalendarDate;

  /** The MVR officer or system account that filed it (token subject). */
  @Property({ type: 'text' })
  reportedBy!: string;
}
