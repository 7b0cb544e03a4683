import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { CalendarDate } from '../../shared/dates.js';
import { Institution } from '../reference/institution.entity.js';
import { FundingSource, MeasureArea, MeasureStatus } from '../../domain/agreements.js';
import { IntegrationPlan } from './integration-plan.entity.js';
import { MeasureService } from '../../domain/measure-services.js';

/** A concrete integration measure of a plan and its result (Art. 4(3)). */
@Entity({ tableName: 'measure' })
export class Measure extends BaseEntity {
  @ManyToOne(() => IntegrationPlan, { deleteRule: 'cascade', index: true })
  plan!: IntegrationPlan;

  @Index()
  @Enum({ items: () => MeasureArea, type: 'string' })
  area!: MeasureArea;

  /** The kind of service or access (Art. 6–11) the Art. 12 indicators count; of the measure's area. */
  @Index()
  @Enum({ items: () => MeasureService, type: 'string', nullable: true })
  service?: MeasureService | null;

  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => Institution, { fieldName: 'responsible_institution_code', index: true })
  responsibleInstitution!: Institution;

  /** A partner NGO the measure is assigned to (its organisation id); it sees the measure, the person by a pseudonym. */
  @Index()
  @Property({ type: 'text', nullable: true })
  partnerOrganisation?: string | null;

  @Property({ type: 'date', nullable: true })
  dueOn?: CalendarDate | null;

  @Enum({ items: () => MeasureStatus, type: 'string' })
  status: Opt<MeasureStatus> = MeasureStatus.PLANNED;

  @Property({ type: 'text', nullable: true })
  result?: string | null;

  @Property({ type: 'date', nullable: true })
  resultRecordedOn?: CalendarDate | null;

  @Enum({ items: () => FundingSource, type: 'string', nullable: true })
  fundingSource?: FundingSource | null;
}
