import { DataClass } from '../../../access/policy.js';
import { roleOfInstitution } from '../../../domain/institutions.js';
import type { AuditFields } from '../../../audit/audit.service.js';
import type { Notification } from '../notification.entity.js';

/**
 * The data class of each part of a notification's content (the `key` of its sections in
 * notification.events.ts and monthly-register.ts). A part not named here is still recorded, under
 * NOTIFICATION_CONTENT: a new kind of content is never sent unrecorded.
 */
const SECTION_CLASSES: Readonly<Record<string, DataClass>> = {
  agreement: DataClass.AGREEMENT_TERM,
  transferredFrom: DataClass.AGREEMENT_TERM,
  termination: DataClass.TERMINATION,
  parties: DataClass.AGREEMENT,
  holder: DataClass.IDENTITY,
  beneficiary: DataClass.IDENTITY,
  offence: DataClass.OFFENCE,
  application: DataClass.APPLICATION,
  objection: DataClass.OBJECTION,
  case: DataClass.UASC,
  child: DataClass.UASC,
  referral: DataClass.UASC,
  assessment: DataClass.UASC,
  comesOfAgeOn: DataClass.UASC,
  episode: DataClass.UASC,
  answer: DataClass.UASC,
  decision: DataClass.UASC,
  placement: DataClass.UASC,
  movedOut: DataClass.UASC,
  closing: DataClass.UASC,
  overdue: DataClass.PUBLIC,
  register: DataClass.STATS,
};

/** Parts about no person: the escalation of an overdue notification, the monthly aggregates. */
const IMPERSONAL = new Set<DataClass>([DataClass.PUBLIC, DataClass.STATS]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids a part names: its own `id` and every `…Id` (holder, parties' beneficiaryId, applicantId, filedById …). */
function idsIn(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) idsIn(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'id' || key.endsWith('Id')) && typeof v === 'string' && UUID.test(v)) into.add(v.toLowerCase());
      else idsIn(v, into);
    }
  }
}

/**
 * What a webhook delivery discloses, per data class: the records named in its content (the person's
 * own id among them, so that whoAccessed finds it), and the notification itself under
 * NOTIFICATION_CONTENT, as when its recipient reads it in the inbox. Empty when the content is about
 * no person (nothing to record).
 */
export function disclosedRecords(n: Pick<Notification, 'id' | 'content'>): Record<string, string[]> {
  const byClass = new Map<DataClass, Set<string>>();
  for (const [key, value] of Object.entries(n.content)) {
    const dataClass = SECTION_CLASSES[key] ?? DataClass.NOTIFICATION_CONTENT;
    if (IMPERSONAL.has(dataClass) || value === null || value === undefined) continue;
    const ids = byClass.getOrInsertComputed(dataClass, () => new Set());
    idsIn(value, ids);
  }
  if (!byClass.size) return {};
  const content = byClass.get(DataClass.NOTIFICATION_CONTENT) ?? new Set();
  byClass.set(DataClass.NOTIFICATION_CONTENT, content.add(n.id));
  // Sorted, as the access log keeps a request's records (a stable hash).
  return Object.fromEntries([...byClass.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([c, ids]) => [c, [...ids].sort()]));
}

/**
 * The access-log entry of one webhook delivery: the recipient institution took the data (role and
 * unit from its code), by webhook, under the article that obliges the hub to tell it (the purpose).
 * `subject` names the endpoint's origin: the system the data went to.
 */
export function webhookAccessEntry(
  n: Pick<Notification, 'id' | 'kind' | 'article' | 'content' | 'recipient'>,
  delivery: { attempt: number; url: URL; accepted: boolean; records: Record<string, string[]> },
): AuditFields {
  const institutionCode = n.recipient.code;
  const role = roleOfInstitution(institutionCode);
  return {
    at: new Date(),
    requestId: `webhook:${n.id}:${delivery.attempt}`,
    role,
    institutionCode,
    unit: institutionCode.slice(role.length + 1) || null,
    subject: `webhook ${delivery.url.origin}`,
    purpose: n.article,
    // whoAccessed shows the operation name, not the type: say the channel there too.
    operationName: `webhook ${n.kind}`,
    operationType: WEBHOOK_OPERATION,
    records: delivery.records,
    // Sent either way; SUCCESS when the receiver confirmed it (2xx), ERROR when it did not.
    outcome: delivery.accepted ? 'SUCCESS' : 'ERROR',
  };
}

/** The access log's operation type of a webhook delivery (beside query, mutation, subscription). */
const WEBHOOK_OPERATION = 'webhook';
