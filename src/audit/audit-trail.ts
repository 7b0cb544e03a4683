import { PERSONAL_CLASSES, type DataClass } from '../access/policy.js';

/**
 * What one request did with personal data, gathered while it runs: the policy's rules note every
 * personal-data field they allow (with the id of the record it belongs to) or refuse.
 */
export class AuditTrail {
  /**
   * Per class, the records noted: the rows themselves, whose ids are read once at the end
   * (`records()`), and lists of ids given as such (`disclose`). A Set of rows compares them by
   * identity; a Set of their ids hashed each id, a string new to every request, and that was most of
   * the trail's cost on a page of 100 agreements (about 1.5 ms a request). The log stores each id
   * once (audit.service.ts storedRecords), so ids given as such are kept as they come.
   */
  private readonly touched = new Map<DataClass, { rows: Set<object>; ids: (readonly string[])[] }>();
  denied = false;
  // The row and class noted last: a row's fields come one after another, and a page has thousands.
  private lastRecord: unknown;
  private lastClass: DataClass | undefined;

  note(dataClass: DataClass, record: unknown, allowed: boolean): void {
    if (allowed && record === this.lastRecord && dataClass === this.lastClass) return;
    if (!PERSONAL_CLASSES.has(dataClass)) return;
    const kept = this.kept(dataClass);
    if (!allowed) {
      this.denied = true;
      return;
    }
    this.lastRecord = record;
    this.lastClass = dataClass;
    if (typeof record === 'object' && record !== null) kept.rows.add(record);
  }

  /**
   * Records read by id rather than as rows: a notification's parts (disclosure.ts), the rows the
   * passthrough read in SQL (read/json-text.ts).
   */
  disclose(records: Record<string, readonly string[]>): void {
    for (const [dataClass, ids] of Object.entries(records)) this.kept(dataClass as DataClass).ids.push(ids);
  }

  /** A class's records, the class listed from its first note on (a class only refused has none). */
  private kept(dataClass: DataClass): { rows: Set<object>; ids: (readonly string[])[] } {
    return this.touched.getOrInsertComputed(dataClass, () => ({ rows: new Set(), ids: [] }));
  }

  get empty(): boolean {
    return this.taken ? Object.keys(this.taken).length === 0 : this.touched.size === 0;
  }

  /** What `records()` gave: the rows are let go once their ids are read. */
  private taken?: Record<string, string[]>;

  /**
   * Ids per class, in the order they were first noted. A record noted as two rows (a person who is a
   * holder and a member) is listed twice here; the log stores each id once per class
   * (audit.service.ts, storedRecords). The trail then lets its rows go: a page's decoded rows would
   * otherwise live until the entry is committed, and be moved to the old generation by the GC.
   */
  records(): Record<string, string[]> {
    if (this.taken) return this.taken;
    const records: Record<string, string[]> = {};
    for (const [dataClass, kept] of this.touched) {
      const ids: string[] = [];
      for (const r of kept.rows) {
        const id = (r as { id?: unknown }).id;
        if (typeof id === 'string') ids.push(id);
      }
      records[dataClass] = ids.concat(...kept.ids);
    }
    this.touched.clear();
    this.lastRecord = undefined;
    this.taken = records;
    return records;
  }
}
