/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A class of data in the access policy (docs/access-matrix.md): what a role's grant is made of. */
export const DataClass = {
  Agreement: 'AGREEMENT',
  AgreementTerm: 'AGREEMENT_TERM',
  Application: 'APPLICATION',
  Audit: 'AUDIT',
  Child: 'CHILD',
  ChildEducation: 'CHILD_EDUCATION',
  Health: 'HEALTH',
  Identity: 'IDENTITY',
  Monitoring: 'MONITORING',
  Notification: 'NOTIFICATION',
  NotificationContent: 'NOTIFICATION_CONTENT',
  Objection: 'OBJECTION',
  Offence: 'OFFENCE',
  Plan: 'PLAN',
  Profile: 'PROFILE',
  Pseudonym: 'PSEUDONYM',
  Public: 'PUBLIC',
  Register: 'REGISTER',
  Security: 'SECURITY',
  Session: 'SESSION',
  Stats: 'STATS',
  Structure: 'STRUCTURE',
  Termination: 'TERMINATION',
  Uasc: 'UASC',
  Webhook: 'WEBHOOK'
} as const;

export type DataClass = typeof DataClass[keyof typeof DataClass];
/** What the notification tells; `article` names the rule it serves. */
export const NotificationKind = {
  AgreementConcluded: 'AGREEMENT_CONCLUDED',
  AgreementExtended: 'AGREEMENT_EXTENDED',
  AgreementTerminated: 'AGREEMENT_TERMINATED',
  AgreementTransferred: 'AGREEMENT_TRANSFERRED',
  ApplicationForwarded: 'APPLICATION_FORWARDED',
  AssessmentAwaitingApproval: 'ASSESSMENT_AWAITING_APPROVAL',
  ChildComingOfAge: 'CHILD_COMING_OF_AGE',
  ChildMissing: 'CHILD_MISSING',
  ChildReferral: 'CHILD_REFERRAL',
  MonthlyRegister: 'MONTHLY_REGISTER',
  ObjectionDecided: 'OBJECTION_DECIDED',
  ObjectionFiled: 'OBJECTION_FILED',
  OffenceReported: 'OFFENCE_REPORTED',
  OverdueEscalated: 'OVERDUE_ESCALATED'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
/** Role of the principal: the institution kind it acts for (statutory-views.md), or ADMIN. */
export const Role = {
  Admin: 'ADMIN',
  Asp: 'ASP',
  Az: 'AZ',
  Coordinator: 'COORDINATOR',
  Dans: 'DANS',
  Dazd: 'DAZD',
  Governor: 'GOVERNOR',
  Mon: 'MON',
  Municipality: 'MUNICIPALITY',
  Mvr: 'MVR',
  Ngo: 'NGO',
  Nkbth: 'NKBTH',
  Nsorb: 'NSORB',
  Rzi: 'RZI',
  Rzok: 'RZOK',
  Sar: 'SAR'
} as const;

export type Role = typeof Role[keyof typeof Role];
export type ConsoleInboxQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleInboxQuery = { notifications: { totalCount: number, edges: Array<{ node: { id: string, kind: NotificationKind, article: string, dueBy: string, overdue: boolean, createdAt: string, acknowledgedAt: string | null, subjectType: string, sender: { code: string, nameBg: string, nameEn: string | null } | null } }> } };

export type ConsoleAcknowledgeMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleAcknowledgeMutation = { acknowledgeNotification: { id: string, acknowledgedAt: string | null } };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { role: Role, unit: string | null, institutionCode: string, subject: string, reads: Array<DataClass>, acts: Array<string> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ConsoleInboxDocument = new TypedDocumentString(`
    query ConsoleInbox($first: Int) {
  notifications(first: $first, filter: {received: true}) {
    totalCount
    edges {
      node {
        id
        kind
        article
        dueBy
        overdue
        createdAt
        acknowledgedAt
        subjectType
        sender {
          code
          nameBg
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleInboxQuery, ConsoleInboxQueryVariables>;
export const ConsoleAcknowledgeDocument = new TypedDocumentString(`
    mutation ConsoleAcknowledge($id: ID!) {
  acknowledgeNotification(id: $id) {
    id
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleAcknowledgeMutation, ConsoleAcknowledgeMutationVariables>;
export const ConsoleMeDocument = new TypedDocumentString(`
    query ConsoleMe {
  me {
    role
    unit
    institutionCode
    subject
    reads
    acts
  }
}
    `) as unknown as TypedDocumentString<ConsoleMeQuery, ConsoleMeQueryVariables>;