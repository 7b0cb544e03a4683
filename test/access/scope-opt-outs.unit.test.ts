import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Row scopes hold below the services (src/read/row-scope.ts); a read across them is an explicit
// opt-out: `acrossScopes` on one call of a request, `asTheHub` for the hub's own work. Each is a place
// where rows outside the caller's scope are read, so each is listed here: adding one fails this test
// until the list below is changed with it, and the change is reviewed as a change of the policy is
// (docs/policy.md, "Row scopes, below the services").
const REVIEWED: Record<string, number> = {
  // the hub's own work, for no principal
  'src/db/orm.ts': 1, // keys of the children's names written before they were keyed, at start
  'src/dev/demo-data.ts': 1, // the demo data set
  'src/modules/notifications/delivery/runtime.ts': 4, // escalation, the sweep's tasks, the monthly register, webhook deliveries
  // one call of a request, each with its reason beside it
  'src/modules/agreements/agreement.loaders.ts': 1, // a successor agreement's id (Art. 32)
  'src/modules/agreements/agreement.service.ts': 2, // the parties' lock; a draft for the application
  'src/modules/agreements/plan.service.ts': 1, // referred: measures naming the institution (Art. 22)
  'src/modules/applications/application.service.ts': 2, // one open application per person; SAR's register
  'src/modules/beneficiaries/beneficiary.service.ts': 1, // one LNCh, one record
  'src/modules/children/children.service.ts': 3, // referrals a participation's end or a merge moves
  'src/modules/children/matching.ts': 1, // DAZD told of possible duplicates among all cases
  'src/modules/notifications/notification.events.ts': 1, // the holder, for the recipients' view
  'src/modules/oversight/oversight.service.ts': 1, // a governor's province's agreements (Art. 18)
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('reads across row scopes', () => {
  it('are the reviewed ones, no more', () => {
    const found: Record<string, number> = {};
    for (const file of sources('src')) {
      if (file === path.join('src', 'read', 'row-scope.ts')) continue;
      const uses = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('import ') && /\bacrossScopes\b|\basTheHub\(/.test(line)).length;
      if (uses) found[file.split(path.sep).join('/')] = uses;
    }
    expect(found).toEqual(REVIEWED);
  });
});
