import { registerEnumType } from 'type-graphql';

export enum RiskLevel {
  NONE = 'NONE',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskLevel, { name: 'RiskLevel', description: 'National-security risk identified by DANS (Art. 26).' });
