import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver } from 'type-graphql';
import { Root } from '../shared/root.js';
import { IdArg } from '../shared/input.js';
import { BadUserInputError } from '../shared/errors.js';
import type { Context } from '../modules/context.js';
import { beneficiaryService } from '../modules/beneficiaries/beneficiary.service.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { auditQueries, auditService, idsByClass } from './audit.service.js';
import { anchorsFor, checkpointsOf } from './checkpoints.js';
import {
  AccessRecordType,
  AuditChainReportType,
  AuditEntryConnection,
  AuditEntryType,
  AuditLogFilter,
  AuditPageArgs,
  AuditRecordSetType,
  VERIFY_MAX_ENTRIES,
  VerifyChainArgs,
} from './audit.types.js';

const verifying = new WeakSet<Context>();

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

  @Query(() => AuditChainReportType, {
    description: `ADMIN: re-computes the hash chain and reports the first broken link, up to ${VERIFY_MAX_ENTRIES} entries a part: walk a longer log part by part with \`from: nextSeq\`. Once per request.`,
  })
  async verifyAuditChain(@Args(() => VerifyChainArgs) args: VerifyChainArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // Aliases must not multiply the work of one request: asked twice, none of them runs (the set also
    // catches a second one that a fragment hides).
    const asked = info.operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value === info.fieldName).length;
    if (asked > 1 || verifying.has(ctx))
      throw new BadUserInputError('verifyAuditChain runs once per request; walk the log part by part with `from`.', { details: { field: 'verifyAuditChain' } });
    verifying.add(ctx);
    if (args.from !== undefined && !/^[1-9]\d{0,17}$/.test(args.from)) {
      throw new BadUserInputError('`from` is an entry number: 1 or the nextSeq of the part before.', { details: { field: 'from' } });
    }
    // Held to the signed checkpoints of the hub that answers (its AUDIT_CHECKPOINT_FILE): a log cut short
    // or rewritten and re-hashed holds as a chain, not against them (docs/audit-log.md).
    const checkpoints = checkpointsOf(ctx.em);
    const anchors = checkpoints ? await anchorsFor(ctx.em, checkpoints.settings, checkpoints.key) : undefined;
    return auditService.verify(ctx.em, { from: BigInt(args.from ?? 1), limit: args.limit ?? VERIFY_MAX_ENTRIES, anchors });
  }

  @Query(() => [AccessRecordType], {
    description: "Who looked at a person's record and why, for the person's caseworker (the record must be in your scope).",
  })
  async whoAccessed(@IdArg('beneficiaryId') beneficiaryId: string, @Ctx() ctx: Context) {
    const beneficiary = await beneficiaryService.get(ctx.em, beneficiaryId, 'beneficiaryId');
    return auditQueries.whoAccessed(ctx.em, beneficiary.id);
  }

  @FieldResolver(() => [AuditRecordSetType], { description: 'Records touched, per data class.' })
  records(@Root() entry: AuditEntry) {
    return Object.entries(idsByClass(entry)).map(([dataClass, ids]) => ({ dataClass, ids }));
  }
}
