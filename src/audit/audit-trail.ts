import { PERSONAL_CLASSES, type DataClass } from '../access/policy.js';

/**
 * What one request did with personal data, gathered while it runs: the policy's rules note every
 * personal-data field they allow (with the id of the record it belongs to) or refuse.
 */
export class AuditTrail {
  private readonly touched = new Map<DataClass, Set<string>>();
  denied = false;
  // The row and class noted last: a row's fields come one after another, and a page has thousands.
  private lastRecord: unknown;
  private lastClass: DataClass | undefined;

  note(dataClass: DataClass, record: unknown, allowed: boolean): void {
    if (allowed && record === this.lastRecord && dataClass === this.lastClass) return;
    if (!PERSONAL_CLASSES.has(dataClass)) return;
    if (allowed) {
      this.lastRecord = record;
      this.lastClass = dataClass;
    }
    let ids = this.touched.get(dataClass);
    if (!ids) this.touched.set(dataClass, (ids = new Set()));
    const id = (record as { id?: unknown } | undefined)?.id;
    if (allowed && typeof id === 'string') ids.add(id);
    if (!allowed) this.denied = true;
  }

  /** Records a field disclosed by content rather than by its own row: a notification's parts (disclosure.ts). */
  disclose(records: Record<string, readonly string[]>): void {
    for (const [dataClass, ids] of Object.entries(records)) {
      let kept = this.touched.get(dataClass as DataClass);
      if (!kept) this.touched.set(dataClass as DataClass, (kept = new Set()));
      for (const id of ids) kept.add(id);
    }
  }

  get empty(): boolean {
    return this.touched.size === 0;
  }

  /** Ids per class, in the order they were first noted (the log stores each id once: audit.service.ts, storedRecords). */
  records(): Record<string, string[]> {
    const records: Record<string, string[]> = {};
    for (const [dataClass, ids] of this.touched) records[dataClass] = [...ids];
    return records;
  }
}
