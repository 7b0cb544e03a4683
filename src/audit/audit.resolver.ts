import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { IdArg } from '../shared/input.js';
import type { Context } from '../server/context.js';
import { beneficiaryService } from '../modules/beneficiaries/beneficiary.service.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { auditQueries, auditService } from './audit.service.js';
import {
  AccessRecordType,
  AuditChainReportType,
  AuditEntryConnection,
  AuditEntryType,
  AuditLogFilter,
  AuditPageArgs,
  AuditRecordSetType,
} from './audit.types.js';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'ADMIN: search the access log, newest first.' })
  auditLog(
    @Args(() => AuditPageArgs) page: AuditPageArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    return auditQueries.search(ctx.em, filter, page);
  }

  @Query(() => AuditChainReportType, { description: 'ADMIN: re-computes the hash chain and reports the first broken link.' })
  verifyAuditChain(@Ctx() ctx: Context) {
    return auditService.verify(ctx.em);
  }

  @Query(() => [AccessRecordType], {
    description: "Who looked at a person's record and why, for the person's caseworker (the record must be in your scope).",
  })
  async whoAccessed(@IdArg('beneficiaryId') beneficiaryId: string, @Ctx() ctx: Context) {
    const beneficiary = await beneficiaryService.get(ctx.em, ctx.principal!, beneficiaryId, 'beneficiaryId');
    return auditQueries.whoAccessed(ctx.em, beneficiary.id);
  }

  @FieldResolver(() => [AuditRecordSetType], { description: 'Records touched, per data class.' })
  records(@Root() entry: AuditEntry) {
    return Object.entries(entry.records).map(([dataClass, ids]) => ({ dataClass, ids }));
  }
}
