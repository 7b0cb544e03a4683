import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Principal } from '../../access/principal.js';
import { dayOf } from '../../shared/dates.js';
import { parseId } from '../../shared/ids.js';
import { paginate } from '../../read/paginate.js';
import type { PageArgs } from '../../shared/relay.js';
import { optionalText, text } from '../../shared/validate.js';
import { beneficiaryService } from '../beneficiaries/beneficiary.service.js';
import { SecurityAssessment } from './security-assessment.entity.js';
import type { RecordSecurityAssessmentInput, SecurityAssessmentFilter } from './security.types.js';

export const securityService = {
  /** Art. 26: DANS records the risks it identifies, for a beneficiary in its scope (with an agreement). */
  async record(em: EntityManager, principal: Principal, input: RecordSecurityAssessmentInput): Promise<SecurityAssessment> {
    const beneficiary = await beneficiaryService.get(em, input.beneficiaryId, 'beneficiaryId');
    const assessment = em.create(SecurityAssessment, {
      beneficiary,
      assessedOn: dayOf(input.assessedOn, 'assessedOn'),
      riskLevel: input.riskLevel,
      summary: text(input.summary, 'summary', 4000),
      reference: optionalText(input.reference, 'reference', 200) ?? null,
      assessedBy: principal.subject,
    });
    await em.flush();
    return assessment;
  },

  /** Newest first, within the caller's scope (DANS: its own assessments). */
  list(em: EntityManager, filter: SecurityAssessmentFilter = {}, page: PageArgs = {}) {
    const where: FilterQuery<SecurityAssessment>[] = [];
    if (filter.beneficiaryId) where.push({ beneficiary: parseId(filter.beneficiaryId, 'filter.beneficiaryId') });
    if (filter.riskLevel) where.push({ riskLevel: filter.riskLevel });
    return paginate(em, SecurityAssessment, () => ({ $and: where }), page, {
      key: 'assessedOn',
      direction: 'desc',
    });
  },
};
