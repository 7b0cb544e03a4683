import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { operationsService } from './operations.service.js';
import { AccessMatrixType, HubStatusType } from './operations.types.js';

/** The operators' view of the hub itself (ADMIN, OPERATIONS): readiness, migrations, the policy. */
@Resolver()
export class OperationsResolver {
  @Query(() => HubStatusType, {
    description: 'ADMIN: the database, the job queue, the access log’s checkpoints and the migrations, as the answering hub process sees them.',
  })
  hubStatus(@Ctx() ctx: Context) {
    return operationsService.hubStatus(ctx.em, Boolean(ctx.notificationEvents));
  }

  @Query(() => AccessMatrixType, { description: 'ADMIN: the access policy: which role reads and writes which data class, and who may perform each mutation.' })
  accessMatrix() {
    return operationsService.accessMatrix();
  }
}
