import type { EntityManager } from '@mikro-orm/postgresql';
import type { Agreement } from './agreements/agreement.entity.js';
import type { AgreementApplication } from './applications/agreement-application.entity.js';
import type {
  BestInterestsAssessment,
  CaseParticipant,
  ChildCase,
  MissingEpisode,
  MonitoringVisit,
  Placement,
  Referral,
} from './children/child-case.entity.js';
import type { Objection } from './oversight/objection.entity.js';
import type { OffenceReport } from './oversight/offence-report.entity.js';

/**
 * The changes that oblige one institution to tell another (the Ordinance, Art. 13–14, 18, 24, 31; the
 * Action Plan, II.6–7), as the services record them (issue 20.5). A service records an event in the
 * transaction that makes the change and knows nothing of who is told: the notifications module
 * (notifications/notification.events.ts) handles each one, naming the recipients, the articles, the
 * content each may read and the deadline, so that what is owed is written with the change or not at all.
 * Institution codes (`reporter`, `by`, …) name who acted: nobody is told of their own act.
 */
export interface DomainEvents {
  agreementConcluded: { agreement: Agreement };
  agreementExtended: { agreement: Agreement };
  agreementTerminated: { agreement: Agreement };
  agreementTransferred: { from: Agreement; to: Agreement };
  applicationForwarded: { application: AgreementApplication };
  offenceReported: { report: OffenceReport };
  objectionFiled: { objection: Objection; municipalityCode: string };
  objectionDecided: { objection: Objection; municipalityCode: string };
  childReferred: { referral: Referral };
  referralAnswered: { referral: Referral };
  referralRevoked: { referral: Referral };
  childMissing: { childCase: ChildCase; reporter: string };
  childFound: { childCase: ChildCase; episode: MissingEpisode; finder: string };
  childPlaced: { placement: Placement; previousMunicipality: string | null; placer: string };
  caseClosed: { childCase: ChildCase; participants: string[]; closer: string };
  participationEnded: { participation: CaseParticipant; by: string };
  possibleDuplicates: { childCase: ChildCase; caseIds: string[]; opener: string };
  casesMerged: { kept: ChildCase; duplicate: ChildCase; reason: string; participants: string[]; by: string };
  assessmentAwaitingApproval: { assessment: BestInterestsAssessment };
  assessmentDecided: { assessment: BestInterestsAssessment; decider: string };
  visitFollowUpOverdue: { visit: MonitoringVisit };
  childComingOfAge: { childCase: ChildCase };
}

/** One handler for every event: a new event without one does not compile. */
export type EventHandlers = { [K in keyof DomainEvents]: (em: EntityManager, event: DomainEvents[K]) => unknown };

let handlers: EventHandlers | undefined;

/** Who handles the events: set once, by modules/index.ts, which every process with an ORM loads. */
export function handleEvents(h: EventHandlers): void {
  handlers = h;
}

/** Records an event in the caller's unit of work; the caller's flush writes what it obliges, with the change. */
export async function record<K extends keyof DomainEvents>(em: EntityManager, type: K, event: DomainEvents[K]): Promise<void> {
  // Never dropped in silence: an event nobody handles is a fault, and the change is not written.
  if (!handlers) throw new Error(`No handler of domain events for ${type}: modules/index.ts sets them.`);
  await handlers[type](em, event);
}
