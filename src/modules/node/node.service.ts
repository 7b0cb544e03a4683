import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
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

// The node tables and their entities: the lookup is in the caller's row scope (the request's
// entity manager applies it), so node(id) sees exactly what the typed lookups see.
const NODES: Record<string, EntityName<object>> = {
  beneficiary: Beneficiary,
  agreement: Agreement,
  agreement_application: AgreementApplication,
  municipality_application: MunicipalityApplication,
  integration_plan: IntegrationPlan,
  measure: Measure,
  objection: Objection,
  offence_report: OffenceReport,
  child_case: ChildCase,
  child_referral: Referral,
  monitoring_visit: MonitoringVisit,
  notification: Notification,
  security_assessment: SecurityAssessment,
};

const WHICH_TABLE = Object.keys(NODES)
  .map((table) => `select '${table}' as t from ${table} where id = ?`)
  .join(' union all ');

export const nodeService = {
  /** Finds which kind of object an id names, then looks it up in the caller's scope; else NOT_FOUND. */
  async get(em: EntityManager, rawId: string): Promise<object> {
    const id = parseId(rawId);
    const [row] = await em.getConnection().execute<{ t: string }[]>(
      WHICH_TABLE,
      Object.keys(NODES).map(() => id),
    );
    // With its plan, a measure: its class depends on the plan's kind.
    const found = row ? await em.findOne(NODES[row.t]!, { id }, row.t === 'measure' ? { populate: ['plan'] as never } : {}) : null;
    if (!found) throw notFound('object', rawId);
    return found;
  },
};
