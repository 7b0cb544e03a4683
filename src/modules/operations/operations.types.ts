import { Field, Int, ObjectType } from 'type-graphql';

// What ADMIN sees of the hub itself (docs/operations in docs/notifications.md and docs/audit-log.md):
// no personal data, no secret (no key, no file path, no connection string).

@ObjectType('JobQueueCount', { description: "How many jobs of a queue are in a state (pg-boss's table)." })
export class JobQueueCountType {
  @Field(() => String) queue!: string;
  @Field(() => String, { description: 'created, retry, active, completed, cancelled or failed.' }) state!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('AppliedMigration')
export class AppliedMigrationType {
  @Field(() => String) name!: string;
  @Field(() => Date, { nullable: true }) executedAt!: Date | null;
}

@ObjectType('HubStatus', { description: 'ADMIN: the readiness of the hub process that answers, and of its database.' })
export class HubStatusType {
  @Field(() => Boolean, { description: 'The database answers (as /readyz asks it).' }) databaseReachable!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it does not, if it does not.' }) databaseError!: string | null;
  @Field(() => Boolean, { description: "This process runs the notifications' delivery (LISTEN, dispatcher, webhook jobs)." }) deliveryRuntime!: boolean;
  @Field(() => Boolean, { description: "The job queue's tables answer." }) jobQueueReachable!: boolean;
  @Field(() => [JobQueueCountType], { description: 'Jobs per queue and state (the queue keeps finished jobs for a while, then archives them).' })
  jobQueues!: JobQueueCountType[];
  @Field(() => Boolean, {
    nullable: true,
    description: "The access log's signed checkpoints: false after a failed attempt, until one succeeds; null where this process keeps none.",
  })
  auditCheckpointOk!: boolean | null;
  @Field(() => String, { nullable: true }) auditCheckpointError!: string | null;
  @Field(() => String, { nullable: true, description: 'The entry the last checkpoint of this process signed.' }) lastCheckpointSeq!: string | null;
  @Field(() => Date, { nullable: true }) lastCheckpointAt!: Date | null;
  @Field(() => [AppliedMigrationType], { description: 'Migrations applied to the database, oldest first.' }) migrationsApplied!: AppliedMigrationType[];
  @Field(() => [String], {
    description: 'Migrations this version of the hub has that the database has not: the hub is not ready (/readyz 503) until they are applied.',
  })
  migrationsPending!: string[];
}

@ObjectType('AccessDataClass')
export class AccessDataClassType {
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'Personal data: read only with a stated purpose, and recorded in the access log.' }) personal!: boolean;
}

@ObjectType('RoleAccess', { description: "A role's grants in the policy." })
export class RoleAccessType {
  @Field(() => String) role!: string;
  @Field(() => [String], { description: 'Classes the role may read (row scopes narrow them to rows).' }) reads!: string[];
  @Field(() => [String], { description: 'Classes of plan data the role writes.' }) writes!: string[];
  @Field(() => [String], { description: 'Grants that hold for some rows only, e.g. "PROFILE: children only".' }) limits!: string[];
}

@ObjectType('MutationAccess')
export class MutationAccessType {
  @Field(() => String) name!: string;
  @Field(() => String) dataClass!: string;
  @Field(() => [String]) roles!: string[];
}

@ObjectType('AccessMatrix', {
  description: "ADMIN: the access policy itself (src/access/policy.ts and the modules' declarations), as docs/access-matrix.md shows it.",
})
export class AccessMatrixType {
  @Field(() => [AccessDataClassType]) dataClasses!: AccessDataClassType[];
  @Field(() => [RoleAccessType]) roles!: RoleAccessType[];
  @Field(() => [MutationAccessType]) mutations!: MutationAccessType[];
}
