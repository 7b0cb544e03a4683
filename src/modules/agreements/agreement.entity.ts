import { Entity, Enum, Index, ManyToOne, OneToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { AgreementApplication } from '../applications/agreement-application.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { RECORD_KEY_DEFAULT } from '../statistics/cell-key.js';
import { AgreementStatus, TerminationGround } from '../../domain/agreements.js';

/** An integration agreement between a foreigner and a mayor (Art. 3, 4). */
@Entity({ tableName: 'agreement' })
@Index({ properties: ['municipality', 'signedOn'] })
export class Agreement extends BaseEntity {
  @ManyToOne(() => Municipality, { fieldName: 'municipality_code' })
  municipality!: Municipality;

  /** The party to the agreement (Art. 3(1)); after a 30(2) continuation, an adult family member. */
  @ManyToOne(() => Beneficiary, { index: true })
  holder!: Beneficiary;

  @ManyToOne(() => AgreementApplication, { nullable: true, index: true })
  application?: AgreementApplication | null;

  @Property({ type: 'date' })
  signedOn!: CalendarDate;

  /** Last day of the term: one year from signing (Art. 3(2)), one more if extended (3(3)). */
  @Index()
  @Property({ type: 'date' })
  endsOn!: CalendarDate;

  /** Stored status; COMPLETED is derived from endsOn on read (see agreementStatus). */
  @Index()
  @Enum({ items: () => AgreementStatus, type: 'string' })
  status: Opt<AgreementStatus> = AgreementStatus.ACTIVE;

  @Property({ type: 'date', nullable: true })
  extendedOn?: CalendarDate | null;

  /** Date of the foreigner's written consent to the extension (Art. 3(3)). */
  @Property({ type: 'date', nullable: true })
  extensionConsentOn?: CalendarDate | null;

  @Property({ type: 'text', nullable: true })
  extensionConsentReference?: string | null;

  @Property({ type: 'date', nullable: true })
  terminatedOn?: CalendarDate | null;

  @Enum({ items: () => TerminationGround, type: 'string', nullable: true })
  terminationGround?: TerminationGround | null;

  @Property({ type: 'text', nullable: true })
  terminationNote?: string | null;

  /** When the foreigner moved to an agreement with another municipality (Art. 32). */
  @Property({ type: 'date', nullable: true })
  transferredOn?: CalendarDate | null;

  /** The agreement this one replaced on a change of address (Art. 32). */
  @OneToOne(() => Agreement, { nullable: true, owner: true, unique: true })
  transferredFrom?: Agreement | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  /** The cell-key method's fixed random key (docs/indicators.md), drawn by the database at insert; never exposed, never loaded. */
  @Property({ type: 'smallint', defaultRaw: RECORD_KEY_DEFAULT, lazy: true, hidden: true })
  recordKey?: Opt<number>;
}
