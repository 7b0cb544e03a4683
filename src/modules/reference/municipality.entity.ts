import { Entity, PrimaryKeyProp, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Province } from './province.entity.js';

/** One of the 265 municipalities (общини); `code` is the NSI code, its first three letters the province. */
@Entity({ tableName: 'municipality' })
export class Municipality {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 5 })
  code!: string;

  @ManyToOne(() => Province, { fieldName: 'province_code', index: true })
  province!: Province;

  @Property({ type: 'text' })
  nameBg!: string;

  /** EKATTE code of the municipality's administrative centre (not of the municipality). */
  @Property({ type: 'string', length: 5 })
  centreEkatte!: string;
}
