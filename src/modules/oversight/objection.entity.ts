import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { Agreement } from '../agreements/agreement.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { ObjectionOutcome } from '../../domain/oversight.js';

/** The foreigner's objection to the regional governor on non-performance of an activity (Art. 18). */
@Entity({ tableName: 'objection' })
export class Objection extends BaseEntity {
  @ManyToOne(() => Agreement, { index: true })
  agreement!: Agreement;

  @ManyToOne(() => Beneficiary)
  filedBy!: Beneficiary;

  @Property({ type: 'date' })
  filedOn!: CalendarDate;

  /** The activity of the agreement not (fully) performed. */
  @Property({ type: 'text' })
  activity!: string;

  @Enum({ items: () => ObjectionOutcome, type: 'string' })
  outcome: Opt<ObjectionOutcome> = ObjectionOutcome.PENDING;

  @Property({ type: 'date', nullable: true })
  decidedOn?: CalendarDate | null;

  @Property({ type: 'text', nullable: true })
  decision?: string | null;
}
