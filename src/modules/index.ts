import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { BeneficiaryResolver } from './beneficiaries/beneficiary.resolver.js';
import {
  AgreementMemberResolver,
  AgreementResolver,
  IntegrationPlanResolver,
  MayorDutyItemResolver,
  MeasureResolver,
} from './agreements/agreement.resolver.js';
import { AgreementApplicationResolver, MunicipalityApplicationResolver } from './applications/application.resolver.js';
import type { NonEmptyArray } from 'type-graphql';
import { checkInputsOf } from '../shared/input.js';
import { handleEvents } from './events.js';
import { notificationHandlers } from './notifications/notification.events.js';
import { Agreement } from './agreements/agreement.entity.js';
import { AgreementMember } from './agreements/agreement-member.entity.js';
import { IntegrationPlan } from './agreements/integration-plan.entity.js';
import { MayorDutyItem } from './agreements/mayor-duty.entity.js';
import { Measure } from './agreements/measure.entity.js';
import { AgreementApplication } from './applications/agreement-application.entity.js';
import { MunicipalityApplication } from './applications/municipality-application.entity.js';
import { Beneficiary } from './beneficiaries/beneficiary.entity.js';
import { FamilyLink } from './beneficiaries/family-link.entity.js';
import { Objection } from './oversight/objection.entity.js';
import { OffenceReport } from './oversight/offence-report.entity.js';
import { ObjectionResolver, OffenceReportResolver } from './oversight/oversight.resolver.js';
import { Institution } from './reference/institution.entity.js';
import { Municipality } from './reference/municipality.entity.js';
import { Province } from './reference/province.entity.js';
import { InstitutionResolver, MunicipalityResolver, ProvinceResolver } from './reference/reference.resolver.js';
import { NodeResolver } from './node/node.resolver.js';
import { SessionResolver } from './session/session.resolver.js';
import { StatisticsResolver } from './statistics/statistics.resolver.js';
import { SecurityAssessment } from './security/security-assessment.entity.js';
import { SecurityAssessmentResolver } from './security/security.resolver.js';
import { DeliveryAttempt, Notification, Webhook } from './notifications/notification.entity.js';
import { NotificationResolver, WebhookResolver } from './notifications/notification.resolver.js';
import { NotificationSubscriptionResolver } from './notifications/notification.subscription.js';
import { OperationsResolver } from './operations/operations.resolver.js';
import {
  AgeAssessment,
  BestInterestsAssessment,
  CaseChange,
  CaseParticipant,
  CaseStatusChange,
  ChildCase,
  ChildNeed,
  MethodologicalSupport,
  MissingEpisode,
  MonitoringVisit,
  Placement,
  Referral,
  Representative,
} from './children/child-case.entity.js';
import { IdempotencyKey } from '../shared/idempotency.js';
import { ChildIndicatorsResolver } from './children/children.indicators.js';
import {
  AgeAssessmentResolver,
  BestInterestsAssessmentResolver,
  CaseChangeResolver,
  CaseParticipantResolver,
  CaseStatusChangeResolver,
  ChildCaseResolver,
  ChildNeedResolver,
  MethodologicalSupportResolver,
  MissingEpisodeResolver,
  MonitoringVisitResolver,
  PlacementResolver,
  ReferralResolver,
  RepresentativeResolver,
} from './children/children.resolver.js';

// Each feature module registers here: its entities, resolvers and per-request loaders.
export const entities = [
  Province,
  Municipality,
  Institution,
  Beneficiary,
  FamilyLink,
  AgreementApplication,
  MunicipalityApplication,
  Agreement,
  AgreementMember,
  IntegrationPlan,
  Measure,
  MayorDutyItem,
  OffenceReport,
  Objection,
  SecurityAssessment,
  Notification,
  DeliveryAttempt,
  Webhook,
  ChildCase,
  CaseStatusChange,
  MissingEpisode,
  AgeAssessment,
  Representative,
  Placement,
  CaseParticipant,
  Referral,
  BestInterestsAssessment,
  ChildNeed,
  CaseChange,
  MethodologicalSupport,
  MonitoringVisit,
  IdempotencyKey,
  AuditEntry,
];

// biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes resolvers as Function.
export const resolvers: NonEmptyArray<Function> = [
  ProvinceResolver,
  MunicipalityResolver,
  InstitutionResolver,
  SessionResolver,
  BeneficiaryResolver,
  AgreementApplicationResolver,
  MunicipalityApplicationResolver,
  AgreementResolver,
  AgreementMemberResolver,
  IntegrationPlanResolver,
  MeasureResolver,
  MayorDutyItemResolver,
  OffenceReportResolver,
  ObjectionResolver,
  NodeResolver,
  SecurityAssessmentResolver,
  NotificationResolver,
  NotificationSubscriptionResolver,
  ChildCaseResolver,
  ReferralResolver,
  CaseParticipantResolver,
  CaseStatusChangeResolver,
  AgeAssessmentResolver,
  RepresentativeResolver,
  ChildNeedResolver,
  CaseChangeResolver,
  PlacementResolver,
  BestInterestsAssessmentResolver,
  MissingEpisodeResolver,
  MethodologicalSupportResolver,
  MonitoringVisitResolver,
  ChildIndicatorsResolver,
  WebhookResolver,
  StatisticsResolver,
  AuditResolver,
  OperationsResolver,
];
// Every argument of every query and mutation is checked against its declared limits before it runs.
checkInputsOf(resolvers);
// What the services' events oblige: the notifications module tells the institutions (modules/events.ts).
handleEvents(notificationHandlers);
