import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One line of the access log (every read or write of personal data, docs/audit-log.md). Append-only
 * (a trigger refuses UPDATE and DELETE; the hub's database role may only INSERT) and hash-chained:
 * `hash` covers every column of the entry and `prevHash`.
 */
@Entity({ tableName: 'audit_log' })
export class AuditEntry {
  /** Position in the chain: 1, 2, 3, … assigned under a lock, so the chain has one order. */
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  seq!: string;

  @Index()
  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'text' })
  requestId!: string;

  @Property({ type: 'text' })
  role!: string;

  @Index()
  @Property({ type: 'text' })
  institutionCode!: string;

  @Property({ type: 'text', nullable: true })
  unit?: string | null;

  @Index()
  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text', nullable: true })
  purpose?: string | null;

  @Property({ type: 'text', nullable: true })
  operationName?: string | null;

  /** query or mutation */
  @Property({ type: 'text' })
  operationType!: string;

  /**
   * The records touched, per data class. From hash version 3 on, runs `[first, count]` of positions in
   * `recordIds` ({ "IDENTITY": [[0, 2]], "PROFILE": [[0, 1]], "AGREEMENT": [] }); before it, the ids. Read
   * them as ids with `idsByClass` (audit.service.ts).
   */
  @Property({ type: 'json' })
  records!: Record<string, string[] | [number, number][]>;

  /** Every record id the entry touched, each once, for "who accessed this record" (GIN-indexed). */
  @Index({ type: 'gin' })
  @Property({ type: 'array', columnType: 'uuid[]' })
  recordIds!: string[];

  /** SUCCESS, PARTIAL (some fields refused or failed), DENIED or ERROR. */
  @Property({ type: 'text' })
  outcome!: string;

  @Property({ type: 'text' })
  prevHash!: string;

  /**
   * How `hash` was computed (audit.service.ts, entryHash): 1 for entries written before issue 16, whose
   * hash left `record_ids` out (the check then requires them to be exactly the ids of `records`); 2
   * covers every column; 3 too, with `records` as runs of positions in `record_ids`. Existing rows took 1
   * when the column was added; the hub writes 3.
   */
  @Property({ type: 'smallint', default: 1 })
  hashVersion: number & Opt = 1;

  @Property({ type: 'text' })
  hash!: string;
}
