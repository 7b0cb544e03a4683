import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Agreement } from './agreement.entity.js';
import { PlanKind } from '../../domain/agreements.js';

/**
 * An individual integration plan (Art. 4(2)–(3)); for a child (Art. 3(5)) it also holds the needs
 * assessment of Art. 15 p.1 and the child's own opinion and wishes (Art. 15 p.2).
 */
@Entity({ tableName: 'integration_plan' })
@Unique({ properties: ['agreement', 'beneficiary'] })
export class IntegrationPlan extends BaseEntity {
  @ManyToOne(() => Agreement, { deleteRule: 'cascade' })
  agreement!: Agreement;

  @ManyToOne(() => Beneficiary, { index: true })
  beneficiary!: Beneficiary;

  @Enum({ items: () => PlanKind, type: 'string' })
  kind!: PlanKind;

  @Property({ type: 'text', nullable: true }) educationalNeeds?: string | null;
  @Property({ type: 'text', nullable: true }) healthNeeds?: string | null;
  @Property({ type: 'text', nullable: true }) physicalNeeds?: string | null;
  @Property({ type: 'text', nullable: true }) culturalNeeds?: string | null;
  @Property({ type: 'text', nullable: true }) religiousNeeds?: string | null;
  @Property({ type: 'text', nullable: true }) linguisticNeeds?: string | null;
  @Property({ type: 'text', nullable: true }) ethnicNeeds?: string | null;
  @Property({ type: 'text', nullable: true }) childOpinion?: string | null;
}
