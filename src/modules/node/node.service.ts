import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { scopes, within } from '../scopes.js';
import { notFound } from '../../shared/errors.js';
import { parseId } from '../../shared/ids.js';
import { Agreement } from '../agreements/agreement.entity.js';
import { IntegrationPlan } from '../agreements/integration-plan.entity.js';
import { Measure } from '../agreements/measure.entity.js';
import { AgreementApplication } from '../applications/agreement-application.entity.js';
import { MunicipalityApplication } from '../applications/municipality-application.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Objection } from '../oversight/objection.entity.js';
import { OffenceReport } from '../oversight/offence-report.entity.js';
import { SecurityAssessment } from '../security/security-assessment.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { ChildCase, MonitoringVisit, Referral } from '../children/child-case.entity.js';

// Each node table and the caller's scope on it: node(id) sees exactly what the typed lookups see.
const NODES: Record<string, (em: EntityManager, p: Principal, id: string) => Promise<object | null>> = {
  beneficiary: (em, p, id) => em.findOne(Beneficiary, within({ id }, scopes.beneficiary(p))),
  agreement: (em, p, id) => em.findOne(Agreement, within({ id }, scopes.agreement(p))),
  agreement_application: (em, p, id) => em.findOne(AgreementApplication, within({ id }, scopes.agreementApplication(p))),
  municipality_application: (em, p, id) => em.findOne(MunicipalityApplication, within({ id }, scopes.municipalityApplication(p))),
  integration_plan: (em, p, id) => em.findOne(IntegrationPlan, within({ id }, scopes.integrationPlan(p))),
  // With its plan: a measure's class depends on the plan's kind.
  measure: (em, p, id) => em.findOne(Measure, within({ id }, scopes.measure(p)), { populate: ['plan'] }),
  objection: (em, p, id) => em.findOne(Objection, within({ id }, scopes.objection(p))),
  offence_report: (em, p, id) => em.findOne(OffenceReport, within({ id }, scopes.offenceReport(p))),
  child_case: (em, p, id) => em.findOne(ChildCase, within({ id }, scopes.childCase(p))),
  child_referral: (em, p, id) => em.findOne(Referral, within({ id }, scopes.referral(p))),
  monitoring_visit: (em, p, id) => em.findOne(MonitoringVisit, within({ id }, scopes.monitoringVisit(p))),
  notification: (em, p, id) => em.findOne(Notification, within({ id }, scopes.notification(p))),
  security_assessment: (em, p, id) => em.findOne(SecurityAssessment, within({ id }, scopes.securityAssessment(p))),
};

const WHICH_TABLE = Object.keys(NODES)
  .map((table) => `select '${table}' as t from ${table} where id = ?`)
  .join(' union all ');

export const nodeService = {
  /** Finds which kind of object an id names, then looks it up in the caller's scope; else NOT_FOUND. */
  async get(em: EntityManager, principal: Principal, rawId: string): Promise<object> {
    const id = parseId(rawId);
    const [row] = await em.getConnection().execute<{ t: string }[]>(
      WHICH_TABLE,
      Object.keys(NODES).map(() => id),
    );
    const found = row ? await NODES[row.t]!(em, principal, id) : null;
    if (!found) throw notFound('object', rawId);
    return found;
  },
};
