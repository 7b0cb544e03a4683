import { Entity, PrimaryKeyProp, PrimaryKey, Property } from '@mikro-orm/core';

/** One of the 28 provinces (области); `code` is the NSI code, e.g. BLG. */
@Entity({ tableName: 'province' })
export class Province {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 3 })
  code!: string;

  @Property({ type: 'text' })
  nameBg!: string;

  @Property({ type: 'text' })
  nameEn!: string;
}
