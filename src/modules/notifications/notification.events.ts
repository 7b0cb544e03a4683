import type { EntityManager } from '@mikro-orm/postgresql';
import { DataClass, mayRead } from '../../access/policy.js';
import { roleOfInstitution } from '../../domain/institutions.js';
import { todayInSofia } from '../../shared/dates.js';
import { AgreementMember } from '../agreements/agreement-member.entity.js';
import type { Agreement } from '../agreements/agreement.entity.js';
import { NOTIFY_WITHIN_7_DAYS, TERMINATION_ARTICLE } from '../../domain/agreements.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import type { Objection } from '../oversight/objection.entity.js';
import { provinceOfMunicipality } from '../../domain/reference-data.js';
import { Notification } from './notification.entity.js';
import type { ChildCase } from '../children/child-case.entity.js';
import { NotificationKind } from '../../domain/notifications.js';
import type { DomainEvents, EventHandlers } from '../events.js';
import { contentFor, endOfDayAfter, hubDefaultDue, type Due, type Section } from './notification.rules.js';
import { acrossScopes } from '../../read/row-scope.js';

// The notifications that the domain's events oblige (modules/events.ts). A service records an event in
// the transaction that makes the change; its handler here writes the outbox rows, which commit with it.

interface Outgoing {
  kind: NotificationKind;
  /** null: the hub itself. */
  sender: string | null;
  /** Recipient institution code → the article that obliges telling it. */
  recipients: [string, string][];
  subject: { type: string; id: string };
  sections: Section[];
  due?: Due;
}

export function send(em: EntityManager, out: Outgoing): Notification[] {
  const due = out.due ?? hubDefaultDue(todayInSofia());
  return (
    out.recipients
      // Partner organisations have no inbox (access/policy.ts readMatrix): they read their referrals instead.
      .filter(([recipient]) => recipient !== out.sender && mayRead(roleOfInstitution(recipient), DataClass.NOTIFICATION))
      .map(([recipient, article]) =>
        em.create(Notification, {
          kind: out.kind,
          article,
          sender: out.sender,
          recipient,
          subjectType: out.subject.type,
          subjectId: out.subject.id,
          content: contentFor(recipient, out.sections),
          dueBy: due.by,
          dueBasis: due.basis,
        }),
      )
  );
}

const municipal = (code: string) => `MUNICIPALITY-${code}`;

/** What an agreement notification may carry, by class: each recipient gets the classes it reads. */
async function agreementSections(em: EntityManager, agreement: Agreement): Promise<Section[]> {
  // Across scopes: the recipients' view, whoever acted.
  const holder = await em.findOneOrFail(Beneficiary, agreement.holder.id, { filters: acrossScopes });
  const members = await em.find(AgreementMember, { agreement }, { orderBy: { role: 'asc', joinedOn: 'asc' } });
  return [
    {
      dataClass: DataClass.AGREEMENT_TERM,
      key: 'agreement',
      value: {
        id: agreement.id,
        municipalityCode: agreement.municipality.code,
        status: agreement.status,
        signedOn: agreement.signedOn,
        endsOn: agreement.endsOn,
      },
    },
    {
      dataClass: DataClass.TERMINATION,
      key: 'termination',
      value: agreement.terminationGround
        ? { terminatedOn: agreement.terminatedOn, ground: agreement.terminationGround, article: TERMINATION_ARTICLE[agreement.terminationGround] }
        : null,
    },
    {
      dataClass: DataClass.AGREEMENT,
      key: 'parties',
      value: members.map((m) => ({ beneficiaryId: m.beneficiary.id, role: m.role, joinedOn: m.joinedOn, leftOn: m.leftOn ?? null })),
    },
    {
      dataClass: DataClass.IDENTITY,
      key: 'holder',
      value: {
        id: holder.id,
        lnch: holder.lnch,
        givenNameLatin: holder.givenNameLatin,
        familyNameLatin: holder.familyNameLatin,
        birthDate: holder.birthDate,
        citizenship: holder.citizenship ?? null,
        stateless: holder.stateless,
        protectionKind: holder.protectionKind ?? null,
      },
    },
  ];
}

const agreementSubject = (agreement: Agreement) => ({ type: 'Agreement', id: agreement.id });

const agreementsAndOversight = {
  /** Art. 14 p.11: MVR and SAR; Art. 14 p.12: RZI and RZOK of the province; Art. 13(3): DANS. */
  async agreementConcluded(em: EntityManager, { agreement }: DomainEvents['agreementConcluded']) {
    const province = provinceOfMunicipality(agreement.municipality.code);
    return send(em, {
      kind: NotificationKind.AGREEMENT_CONCLUDED,
      sender: municipal(agreement.municipality.code),
      recipients: [
        ['MVR', 'Art. 14 p.11'],
        ['SAR', 'Art. 14 p.11'],
        [`RZI-${province}`, 'Art. 14 p.12'],
        [`RZOK-${province}`, 'Art. 14 p.12'],
        ['DANS', 'Art. 13(3)'],
      ],
      subject: agreementSubject(agreement),
      sections: await agreementSections(em, agreement),
    });
  },

  /** Art. 14 p.11: MVR and SAR, with the ground; Art. 31(2): within 7 days on Art. 31(1) p.1 and p.3. */
  async agreementTerminated(em: EntityManager, { agreement }: DomainEvents['agreementTerminated']) {
    const ground = agreement.terminationGround!;
    const due = NOTIFY_WITHIN_7_DAYS.has(ground) ? { by: endOfDayAfter(agreement.terminatedOn!, 7), basis: 'Art. 31(2): within 7 days' } : undefined;
    return send(em, {
      kind: NotificationKind.AGREEMENT_TERMINATED,
      sender: municipal(agreement.municipality.code),
      recipients: [
        ['MVR', NOTIFY_WITHIN_7_DAYS.has(ground) ? 'Art. 14 p.11, Art. 31(2)' : 'Art. 14 p.11'],
        ['SAR', NOTIFY_WITHIN_7_DAYS.has(ground) ? 'Art. 14 p.11, Art. 31(2)' : 'Art. 14 p.11'],
      ],
      subject: agreementSubject(agreement),
      sections: await agreementSections(em, agreement),
      due,
    });
  },

  /** Art. 3(3): SAR keeps the register of agreements (Art. 13(4)). */
  async agreementExtended(em: EntityManager, { agreement }: DomainEvents['agreementExtended']) {
    return send(em, {
      kind: NotificationKind.AGREEMENT_EXTENDED,
      sender: municipal(agreement.municipality.code),
      recipients: [['SAR', 'Art. 3(3), Art. 13(4)']],
      subject: agreementSubject(agreement),
      sections: await agreementSections(em, agreement),
    });
  },

  /** Art. 32: the receiving municipality and SAR learn of the move; the subject is the new agreement. */
  async agreementTransferred(em: EntityManager, { from, to }: DomainEvents['agreementTransferred']) {
    return send(em, {
      kind: NotificationKind.AGREEMENT_TRANSFERRED,
      sender: municipal(from.municipality.code),
      recipients: [
        [municipal(to.municipality.code), 'Art. 32'],
        ['SAR', 'Art. 32, Art. 13(4)'],
      ],
      subject: agreementSubject(to),
      sections: [
        ...(await agreementSections(em, to)),
        {
          dataClass: DataClass.AGREEMENT_TERM,
          key: 'transferredFrom',
          value: { id: from.id, municipalityCode: from.municipality.code, transferredOn: from.transferredOn },
        },
      ],
    });
  },

  /** Art. 24(2): MVR informs the mayor of the municipality of the person's agreement. */
  offenceReported(em: EntityManager, { report }: DomainEvents['offenceReported']) {
    return send(em, {
      kind: NotificationKind.OFFENCE_REPORTED,
      sender: 'MVR',
      recipients: [[municipal(report.municipality.code), 'Art. 24(2)']],
      subject: { type: 'OffenceReport', id: report.id },
      sections: [
        {
          dataClass: DataClass.OFFENCE,
          key: 'offence',
          value: { id: report.id, kind: report.kind, description: report.description, committedOn: report.committedOn, reportedOn: report.reportedOn },
        },
        { dataClass: DataClass.IDENTITY, key: 'beneficiary', value: { id: report.beneficiary.id } },
      ],
    });
  },

  /** Art. 20 p.5: SAR gives the mayor the applicant's information. */
  applicationForwarded(em: EntityManager, { application }: DomainEvents['applicationForwarded']) {
    return send(em, {
      kind: NotificationKind.APPLICATION_FORWARDED,
      sender: 'SAR',
      recipients: [[municipal(application.forwardedTo!.code), 'Art. 20 p.5']],
      subject: { type: 'AgreementApplication', id: application.id },
      sections: [
        {
          dataClass: DataClass.APPLICATION,
          key: 'application',
          value: { id: application.id, applicantId: application.applicant.id, submittedOn: application.submittedOn, forwardedOn: application.forwardedOn },
        },
      ],
    });
  },

  /**
   * Art. 18: the foreigner objects to the governor, who records it here; the hub tells the mayor
   * whose agreement it concerns (the governor is the sender), and the mayor again of the decision.
   */
  objectionFiled(em: EntityManager, { objection, municipalityCode }: DomainEvents['objectionFiled']) {
    return send(em, {
      kind: NotificationKind.OBJECTION_FILED,
      sender: `GOVERNOR-${provinceOfMunicipality(municipalityCode)}`,
      recipients: [[municipal(municipalityCode), 'Art. 18']],
      subject: { type: 'Objection', id: objection.id },
      sections: objectionSections(objection),
    });
  },

  objectionDecided(em: EntityManager, { objection, municipalityCode }: DomainEvents['objectionDecided']) {
    return send(em, {
      kind: NotificationKind.OBJECTION_DECIDED,
      sender: `GOVERNOR-${provinceOfMunicipality(municipalityCode)}`,
      recipients: [[municipal(municipalityCode), 'Art. 18']],
      subject: { type: 'Objection', id: objection.id },
      sections: objectionSections(objection),
    });
  },
};

const caseCore = (c: ChildCase): Section => ({
  dataClass: DataClass.UASC,
  key: 'case',
  value: { id: c.id, status: c.status, separation: c.separation, identifiedOn: c.identifiedOn },
});

/** The child as MVR and DAZD need them to search: names and details as known (both read the IDENTITY area). */
const caseIdentity = (c: ChildCase): Section => ({
  dataClass: DataClass.UASC,
  key: 'child',
  value: {
    givenName: c.givenName ?? null,
    familyName: c.familyName ?? null,
    declaredBirthDate: c.declaredBirthDate ?? null,
    nationality: c.nationality ?? null,
    languages: c.languages,
    missingSince: c.missingSince ?? null,
  },
});

const childrensCases = {
  /** A referral → its recipient: the reason and the areas it shares; the case itself opens on acceptance. */
  childReferred(em: EntityManager, { referral }: DomainEvents['childReferred']) {
    return send(em, {
      kind: NotificationKind.CHILD_REFERRAL,
      sender: referral.from.code,
      recipients: [[referral.to.code, 'AP II.7']],
      subject: { type: 'Referral', id: referral.id },
      sections: [
        {
          dataClass: DataClass.UASC,
          key: 'referral',
          value: { id: referral.id, caseId: referral.childCase.id, reason: referral.reason, sharedAreas: referral.sharedAreas },
        },
      ],
    });
  },

  /** A child reported missing → MVR and DAZD at once: due within hours, not days. */
  childMissing(em: EntityManager, { childCase: c, reporter }: DomainEvents['childMissing']) {
    return send(em, {
      kind: NotificationKind.CHILD_MISSING,
      sender: reporter,
      recipients: [
        ['MVR', 'AP II.7'],
        ['DAZD', 'AP II.6, AP II.7'],
      ],
      subject: { type: 'ChildCase', id: c.id },
      sections: [caseCore(c), caseIdentity(c)],
      due: { by: new Date(Date.now() + CHILD_MISSING_HOURS * 3_600_000), basis: `hub: a missing child, within ${CHILD_MISSING_HOURS} hours` },
    });
  },

  /**
   * The missing child is found → DAZD and MVR (alerted by CHILD_MISSING: the search stands down) with
   * the child's details; the institution that reported the child missing with the episode only (its
   * role may not read the child's identity: a municipality's areas are care and missing).
   */
  childFound(em: EntityManager, { childCase: c, episode, finder }: DomainEvents['childFound']) {
    const due = { by: new Date(Date.now() + CHILD_FOUND_HOURS * 3_600_000), basis: `hub: a missing child found, within ${CHILD_FOUND_HOURS} hours` };
    const found: Section = {
      dataClass: DataClass.UASC,
      key: 'episode',
      value: { since: episode.since, reportedBy: episode.reportedBy.code, foundOn: episode.foundOn, foundBy: finder, foundNote: episode.foundNote ?? null },
    };
    const alerted: [string, string][] = [
      ['MVR', 'AP II.7, AP I.21'],
      ['DAZD', 'AP II.6, AP II.7'],
    ];
    const sent = send(em, {
      kind: NotificationKind.CHILD_FOUND,
      sender: finder,
      recipients: alerted,
      subject: { type: 'ChildCase', id: c.id },
      sections: [caseCore(c), caseIdentity(c), found],
      due,
    });
    const reporter = episode.reportedBy.code;
    if (alerted.some(([code]) => code === reporter)) return sent;
    return [
      ...sent,
      ...send(em, {
        kind: NotificationKind.CHILD_FOUND,
        sender: finder,
        recipients: [[reporter, 'AP II.7']],
        subject: { type: 'ChildCase', id: c.id },
        sections: [caseCore(c), found],
        due,
      }),
    ];
  },

  /** AP I.15.1: a full best-interests assessment awaits DAZD's approval. */
  assessmentAwaitingApproval(em: EntityManager, { assessment }: DomainEvents['assessmentAwaitingApproval']) {
    return send(em, {
      kind: NotificationKind.ASSESSMENT_AWAITING_APPROVAL,
      sender: assessment.madeBy.code,
      recipients: [['DAZD', 'AP I.15.1']],
      subject: { type: 'ChildCase', id: assessment.childCase.id },
      sections: [
        caseCore(assessment.childCase),
        { dataClass: DataClass.UASC, key: 'assessment', value: { id: assessment.id, kind: assessment.kind, madeOn: assessment.madeOn } },
      ],
    });
  },

  /** AP II.7: the referring institution learns the answer (accepted, declined with the reason, done). */
  referralAnswered(em: EntityManager, { referral }: DomainEvents['referralAnswered']) {
    return send(em, {
      kind: NotificationKind.REFERRAL_ANSWERED,
      sender: referral.to.code,
      recipients: [[referral.from.code, 'AP II.7']],
      subject: { type: 'Referral', id: referral.id },
      sections: [
        {
          dataClass: DataClass.UASC,
          key: 'answer',
          value: {
            id: referral.id,
            caseId: referral.childCase.id,
            status: referral.status,
            respondedOn: referral.respondedOn,
            response: referral.response ?? null,
          },
        },
      ],
    });
  },

  /** AP I.15.1: DAZD's decision (approved or returned, with its note) → the institution that made the assessment. */
  assessmentDecided(em: EntityManager, { assessment, decider }: DomainEvents['assessmentDecided']) {
    return send(em, {
      kind: NotificationKind.ASSESSMENT_DECIDED,
      sender: decider,
      recipients: [[assessment.madeBy.code, 'AP I.15.1']],
      subject: { type: 'ChildCase', id: assessment.childCase.id },
      sections: [
        caseCore(assessment.childCase),
        {
          dataClass: DataClass.UASC,
          key: 'decision',
          value: {
            id: assessment.id,
            kind: assessment.kind,
            madeOn: assessment.madeOn,
            approval: assessment.approval,
            decidedOn: assessment.decidedOn,
            note: assessment.decisionNote ?? null,
          },
        },
      ],
    });
  },

  /**
   * AP II.7: a placement → the municipality the child now lives in (the placement: where, with whom,
   * from when); the municipality of the placement it ends, if another, only that the child moved out
   * and when (not where to: it no longer cares for the child).
   */
  childPlaced(em: EntityManager, { placement, previousMunicipality, placer }: DomainEvents['childPlaced']) {
    const c = placement.childCase;
    const to = placement.municipality.code;
    const sent = send(em, {
      kind: NotificationKind.CHILD_PLACED,
      sender: placer,
      recipients: [[municipal(to), 'AP II.7']],
      subject: { type: 'ChildCase', id: c.id },
      sections: [
        caseCore(c),
        {
          dataClass: DataClass.UASC,
          key: 'placement',
          value: { id: placement.id, kind: placement.kind, provider: placement.provider, municipalityCode: to, fromDate: placement.fromDate },
        },
      ],
    });
    if (!previousMunicipality || previousMunicipality === to) return sent;
    return [
      ...sent,
      ...send(em, {
        kind: NotificationKind.CHILD_PLACED,
        sender: placer,
        recipients: [[municipal(previousMunicipality), 'AP II.7']],
        subject: { type: 'ChildCase', id: c.id },
        sections: [caseCore(c), { dataClass: DataClass.UASC, key: 'movedOut', value: { municipalityCode: previousMunicipality, on: placement.fromDate } }],
      }),
    ];
  },

  /** AP II.6: the case closed → every participant but the one closing it, with the day and the reason. */
  caseClosed(em: EntityManager, { childCase: c, participants, closer }: DomainEvents['caseClosed']) {
    return send(em, {
      kind: NotificationKind.CASE_CLOSED,
      sender: closer,
      recipients: participants.map((code): [string, string] => [code, 'AP II.6']),
      subject: { type: 'ChildCase', id: c.id },
      sections: [caseCore(c), { dataClass: DataClass.UASC, key: 'closing', value: { closedOn: c.closedOn, reason: c.closingReason } }],
    });
  },

  /** AP II.7: a referral withdrawn → its recipient, with the reason; what it shared is no longer shared. */
  referralRevoked(em: EntityManager, { referral }: DomainEvents['referralRevoked']) {
    return send(em, {
      kind: NotificationKind.REFERRAL_REVOKED,
      sender: referral.revokedBy!.code,
      recipients: [[referral.to.code, 'AP II.7']],
      subject: { type: 'Referral', id: referral.id },
      sections: [
        {
          dataClass: DataClass.UASC,
          key: 'revoked',
          value: { id: referral.id, caseId: referral.childCase.id, revokedOn: referral.revokedOn, reason: referral.revokeReason },
        },
      ],
    });
  },

  /** AP II.6: DAZD ended an institution's part in a case → that institution, with the reason (not the child's details: it sees the case no more). */
  participationEnded(em: EntityManager, { participation: p, by }: DomainEvents['participationEnded']) {
    return send(em, {
      kind: NotificationKind.PARTICIPATION_ENDED,
      sender: by,
      recipients: [[p.institution.code, 'AP II.6']],
      subject: { type: 'ChildCase', id: p.childCase.id },
      sections: [{ dataClass: DataClass.UASC, key: 'participation', value: { caseId: p.childCase.id, role: p.role, leftOn: p.leftOn, reason: p.endReason } }],
    });
  },

  /** Issue 21.4, AP II.6: a new case may be of a child who has one already → DAZD, which coordinates and merges. */
  possibleDuplicates(em: EntityManager, { childCase: c, caseIds, opener }: DomainEvents['possibleDuplicates']) {
    return send(em, {
      kind: NotificationKind.POSSIBLE_DUPLICATE,
      sender: opener,
      recipients: [['DAZD', 'AP II.6']],
      subject: { type: 'ChildCase', id: c.id },
      sections: [caseCore(c), caseIdentity(c), { dataClass: DataClass.UASC, key: 'possibleDuplicates', value: caseIds }],
    });
  },

  /**
   * Issue 21.4: DAZD merged a duplicate into the kept case → the institutions taking part in either,
   * with the kept case (which they now take part in) and the duplicate's id, to use the kept one from now on.
   */
  casesMerged(em: EntityManager, { kept, duplicate, reason, participants, by }: DomainEvents['casesMerged']) {
    return send(em, {
      kind: NotificationKind.CASES_MERGED,
      sender: by,
      recipients: participants.map((code): [string, string] => [code, 'AP II.6']),
      subject: { type: 'ChildCase', id: kept.id },
      sections: [caseCore(kept), { dataClass: DataClass.UASC, key: 'merged', value: { keptCaseId: kept.id, duplicateCaseId: duplicate.id, reason } }],
    });
  },

  /** AP I.18: a monitoring visit's follow-up is past due → DAZD, which made the visit, and SAR, which runs the centre. */
  visitFollowUpOverdue(em: EntityManager, { visit: v }: DomainEvents['visitFollowUpOverdue']) {
    return send(em, {
      kind: NotificationKind.VISIT_FOLLOW_UP_OVERDUE,
      sender: null,
      recipients: [
        ['DAZD', 'AP I.18'],
        ['SAR', 'AP I.18'],
      ],
      subject: { type: 'MonitoringVisit', id: v.id },
      sections: [
        {
          dataClass: DataClass.MONITORING,
          key: 'visit',
          value: {
            id: v.id,
            centre: v.centre,
            municipalityCode: v.municipality.code,
            visitedOn: v.visitedOn,
            recommendations: v.recommendations,
            followUpDueOn: v.followUpDueOn,
          },
        },
      ],
    });
  },

  /** The child turns 18 within 30 days → DAZD and the case's owner, to prepare the transition. */
  childComingOfAge(em: EntityManager, { childCase: c }: DomainEvents['childComingOfAge']) {
    const recipients: [string, string][] = [['DAZD', 'AP II.6']];
    if (c.owner.code !== 'DAZD') recipients.push([c.owner.code, 'AP II.6']);
    return send(em, {
      kind: NotificationKind.CHILD_COMING_OF_AGE,
      sender: null,
      recipients,
      subject: { type: 'ChildCase', id: c.id },
      sections: [caseCore(c), { dataClass: DataClass.UASC, key: 'comesOfAgeOn', value: c.comesOfAgeOn }],
    });
  },
};

/**
 * The notifications each domain event obliges (modules/events.ts): whom, under which article, with
 * what each recipient may read, by when. Written in the event's unit of work, with the change.
 */
export const notificationHandlers = { ...agreementsAndOversight, ...childrensCases } satisfies EventHandlers;

/** Overdue: the COORDINATOR (Art. 19) is told which notification waits, and for whom; no personal data. */
export function notifyEscalated(em: EntityManager, overdue: Notification) {
  return send(em, {
    kind: NotificationKind.OVERDUE_ESCALATED,
    sender: null,
    recipients: [['COORDINATOR', 'Art. 19']],
    subject: { type: 'Notification', id: overdue.id },
    sections: [
      {
        dataClass: DataClass.PUBLIC,
        key: 'overdue',
        value: {
          id: overdue.id,
          kind: overdue.kind,
          article: overdue.article,
          sender: overdue.sender?.code ?? null,
          recipient: overdue.recipient.code,
          dueBy: overdue.dueBy,
        },
      },
    ],
  });
}

/** A missing child's notification is due within this many hours. */
const CHILD_MISSING_HOURS = 4;
/** A found child's notification: within a day, so the search stands down and care resumes (hub's rule, as for missing). */
const CHILD_FOUND_HOURS = 24;

function objectionSections(objection: Objection): Section[] {
  return [
    {
      dataClass: DataClass.OBJECTION,
      key: 'objection',
      value: {
        id: objection.id,
        agreementId: objection.agreement.id,
        filedById: objection.filedBy.id,
        filedOn: objection.filedOn,
        activity: objection.activity,
        outcome: objection.outcome,
        decidedOn: objection.decidedOn ?? null,
        decision: objection.decision ?? null,
      },
    },
  ];
}
