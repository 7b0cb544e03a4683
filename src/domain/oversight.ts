import { registerEnumType } from 'type-graphql';

export enum OffenceKind {
  ADMINISTRATIVE_OFFENCE = 'ADMINISTRATIVE_OFFENCE',
  CRIME = 'CRIME',
}
registerEnumType(OffenceKind, {
  name: 'OffenceKind',
  description: 'What MVR established (Art. 24(2)): an administrative offence or a crime.',
});

export enum ObjectionOutcome {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  PARTLY_UPHELD = 'PARTLY_UPHELD',
  REJECTED = 'REJECTED',
}
registerEnumType(ObjectionOutcome, { name: 'ObjectionOutcome', description: "The regional governor's decision on an objection (Art. 18)." });
