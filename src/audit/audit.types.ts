import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { YEARS } from '../shared/dates.js';
import { CODE, IdField, IntField, TextField, line } from '../shared/input.js';
import { ConnectionType, CURSOR, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/relay.js';

@ObjectType('AuditRecordSet', { description: 'The records of one data class that a request touched.' })
export class AuditRecordSetType {
  @Field(() => String) dataClass!: string;
  @Field(() => [ID]) ids!: string[];
}

@ObjectType('AuditEntry', { description: 'One entry of the access log: who, when, what, why, and how it ended.' })
export class AuditEntryType {
  @Field(() => String, { description: 'Position in the hash chain (1, 2, 3, …).' }) seq!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String) requestId!: string;
  @Field(() => String) role!: string;
  @Field(() => String) institutionCode!: string;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => String, { description: 'User or service account (token subject).' }) subject!: string;
  @Field(() => String, { nullable: true }) purpose?: string | null;
  @Field(() => String, { nullable: true }) operationName?: string | null;
  @Field(() => String) operationType!: string;
  @Field(() => String, { description: 'SUCCESS, PARTIAL, DENIED or ERROR.' }) outcome!: string;
  @Field(() => String) prevHash!: string;
  @Field(() => String) hash!: string;
}

export const AuditEntryConnection = ConnectionType('AuditEntry', AuditEntryType);

@InputType()
export class AuditLogFilter {
  @TextField(line(200), { nullable: true }) subject?: string;
  @TextField(CODE, { nullable: true }) institutionCode?: string;
  @TextField(CODE, { nullable: true }) role?: string;
  @IdField({ nullable: true, description: 'Entries that touched this record.' }) recordId?: string;
  @TextField(CODE, { nullable: true }) outcome?: string;
  @Field(() => Date, { nullable: true, description: `At or after this instant; in the years ${YEARS.min}–${YEARS.max}.` }) from?: Date;
  @Field(() => Date, { nullable: true, description: `At or before this instant; in the years ${YEARS.min}–${YEARS.max}.` }) to?: Date;
}

@ArgsType()
export class AuditPageArgs {
  @IntField({ min: 1, max: MAX_PAGE_SIZE }, { nullable: true, description: `Page size (default ${DEFAULT_PAGE_SIZE}); newest first.` }) first?: number;
  @TextField(CURSOR, { nullable: true, description: 'The endCursor of the previous page, unchanged.' }) after?: string;
}

/** The most entries one verifyAuditChain checks: the rest of the log is walked part by part (`from`). */
export const VERIFY_MAX_ENTRIES = 50_000;

@ArgsType()
export class VerifyChainArgs {
  @TextField(line(19), { nullable: true, description: 'The entry to start from: 1 (the default) or the nextSeq of the part before.' }) from?: string;
  @IntField({ min: 1, max: VERIFY_MAX_ENTRIES }, { nullable: true, description: `How many entries to check in this part (default ${VERIFY_MAX_ENTRIES}).` })
  limit?: number;
}

@ObjectType('AuditChainReport', { description: 'The result of re-computing (a part of) the hash chain of the access log.' })
export class AuditChainReportType {
  @Field(() => Boolean, { description: 'Every entry checked holds (and links to the one before).' }) ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => String, { nullable: true, description: 'The first entry whose link or hash does not hold.' }) firstBrokenSeq!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the next part starts (pass it as `from`); null when this part reached the end of the log.' })
  nextSeq!: string | null;
}

@ObjectType('AccessRecord', { description: 'Who accessed a person’s record, when and why. DANS reads are given only as a count.' })
export class AccessRecordType {
  @Field(() => Date, { description: 'When (for DANS: the latest).' }) at!: Date;
  @Field(() => String) role!: string;
  @Field(() => String) institutionCode!: string;
  @Field(() => String, { nullable: true }) purpose?: string | null;
  @Field(() => String, { nullable: true }) operationName?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'How the data went: query, mutation or subscription (over HTTP or WebSocket), webhook, or report (a CSV download).',
  })
  operationType?: string | null;
  @Field(() => String, { nullable: true }) outcome?: string | null;
  @Field(() => Int, { description: 'Number of accesses this line stands for (1, or the DANS total).' }) count!: number;
}
