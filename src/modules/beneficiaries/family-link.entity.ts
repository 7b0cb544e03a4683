import { Entity, Enum, ManyToOne, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { FamilyRelation } from '../../domain/beneficiaries.js';
import { Beneficiary } from './beneficiary.entity.js';

/** `relative` is the `relation` of `beneficiary`; every link is stored in both directions. */
@Entity({ tableName: 'family_link' })
@Unique({ properties: ['beneficiary', 'relative'] })
export class FamilyLink extends BaseEntity {
  @ManyToOne(() => Beneficiary, { deleteRule: 'cascade' })
  beneficiary!: Beneficiary;

  @ManyToOne(() => Beneficiary, { deleteRule: 'cascade', index: true })
  relative!: Beneficiary;

  @Enum({ items: () => FamilyRelation, type: 'string' })
  relation!: FamilyRelation;
}
