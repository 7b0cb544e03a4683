import { Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { Agreement } from './agreement.entity.js';
import { DutyStatus, MayorDuty } from '../../domain/agreements.js';

/** One line of the mayor's checklist of Art. 14 for an agreement. */
@Entity({ tableName: 'mayor_duty' })
@Unique({ properties: ['agreement', 'duty'] })
export class MayorDutyItem extends BaseEntity {
  @ManyToOne(() => Agreement, { deleteRule: 'cascade' })
  agreement!: Agreement;

  @Enum({ items: () => MayorDuty, type: 'string' })
  duty!: MayorDuty;

  @Enum({ items: () => DutyStatus, type: 'string' })
  status: Opt<DutyStatus> = DutyStatus.PENDING;

  @Property({ type: 'date', nullable: true })
  statusOn?: CalendarDate | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
