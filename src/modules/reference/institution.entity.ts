import { Entity, PrimaryKeyProp, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { InstitutionKind } from '../../domain/institutions.js';
import { Municipality } from './municipality.entity.js';
import { Province } from './province.entity.js';

/**
 * An institution that sends or receives data through the hub. `code` is stable and readable:
 * `SAR` for a national body, `RZI-BLG` for a provincial one, `MUNICIPALITY-SOF46` for a municipality.
 */
@Entity({ tableName: 'institution' })
export class Institution {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 40 })
  code!: string;

  @Index()
  @Enum({ items: () => InstitutionKind, type: 'string' })
  kind!: InstitutionKind;

  @Property({ type: 'text' })
  nameBg!: string;

  @Property({ type: 'text', nullable: true })
  nameEn?: string;

  @ManyToOne(() => Province, { fieldName: 'province_code', nullable: true, index: true })
  province?: Province;

  @ManyToOne(() => Municipality, { fieldName: 'municipality_code', nullable: true, index: true })
  municipality?: Municipality;
}
