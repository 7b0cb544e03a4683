import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Agreement } from './agreement.entity.js';
import { MemberRole, TerminationGround } from '../../domain/agreements.js';

/** A person on a common agreement (Art. 3(4)–(5)): the holder, adult family members and children. */
@Entity({ tableName: 'agreement_member' })
@Unique({ properties: ['agreement', 'beneficiary'] })
export class AgreementMember extends BaseEntity {
  @ManyToOne(() => Agreement, { deleteRule: 'cascade' })
  agreement!: Agreement;

  @ManyToOne(() => Beneficiary, { index: true })
  beneficiary!: Beneficiary;

  @Enum({ items: () => MemberRole, type: 'string' })
  role!: MemberRole;

  @Property({ type: 'date' })
  joinedOn!: CalendarDate;

  /** Set when the person left a continuing agreement (Art. 30(2)). */
  @Property({ type: 'date', nullable: true })
  leftOn?: CalendarDate | null;

  @Enum({ items: () => TerminationGround, type: 'string', nullable: true })
  leftOnGround?: TerminationGround | null;
}
