import { describe, expectTypeOf, it } from 'vitest';
import type { PlanKind } from '../../src/domain/agreements.js';
import type { AgreementMember } from '../../src/modules/agreements/agreement-member.entity.js';
import type { Agreement } from '../../src/modules/agreements/agreement.entity.js';
import type { AgreementRow, MeasureRow } from '../../src/modules/agreements/agreement.json.js';
import type { Measure } from '../../src/modules/agreements/measure.entity.js';
import type { InstitutionRow } from '../../src/modules/reference/reference.json.js';
import type { JsonSelection } from '../../src/read/json-read.js';
import type { paginate } from '../../src/read/paginate.js';
import type { Row } from '../../src/read/types.js';

// The read engine's row types (src/read/types.ts, issue 20.4). These are type assertions: the
// typecheck step (`npm run typecheck`, in CI) fails when a row type stops saying what the JSON
// statement decodes (read/json-read.ts) or an entity stops being one of its own rows; the
// statement's rows themselves are held to the entities' answers by test/access/read-path-equality.test.ts.
describe('Row: what a field resolver may read on a row of either shape', () => {
  it('holds the columns as the entity types them, a timestamp as a Date or its text', () => {
    expectTypeOf<AgreementRow['endsOn']>().toEqualTypeOf<string>();
    expectTypeOf<AgreementRow['terminatedOn']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<AgreementRow['createdAt']>().toExtend<Date | string>();
    expectTypeOf<string>().toExtend<AgreementRow['createdAt']>();
  });

  it('holds a many-to-one as its key only: the JSON statement decodes it as `{ id }` (`{ code }` for reference data)', () => {
    expectTypeOf<AgreementRow['holder']>().toEqualTypeOf<{ readonly id: string }>();
    expectTypeOf<AgreementRow['transferredFrom']>().toEqualTypeOf<{ readonly id: string } | null | undefined>();
    expectTypeOf<Row<AgreementMember>['agreement']>().toEqualTypeOf<{ readonly id: string }>();
    expectTypeOf<AgreementRow['municipality']>().toEqualTypeOf<{ readonly code: string }>();
    expectTypeOf<InstitutionRow['province']>().toEqualTypeOf<{ readonly code: string } | undefined>();
    // @ts-expect-error: the holder's name is not on the agreement's row; a resolver loads the holder.
    expectTypeOf<AgreementRow['holder']['givenNameLatin']>().toBeString();
  });

  it("adds what a JSON type's `references` read: a measure's plan with its kind and its beneficiary's key", () => {
    expectTypeOf<MeasureRow['plan']['kind']>().toEqualTypeOf<PlanKind>();
    expectTypeOf<MeasureRow['plan']['beneficiary']>().toEqualTypeOf<{ readonly id: string }>();
    // @ts-expect-error: the plan's agreement is not among the references the statement reads.
    expectTypeOf<MeasureRow['plan']['agreement']>().toBeObject();
  });

  it('is what an entity is: a mutation returns entities to the same resolvers', () => {
    expectTypeOf<Agreement>().toExtend<AgreementRow>();
    expectTypeOf<Measure>().toExtend<MeasureRow>();
    // …and not the other way round: a JSON row is no entity.
    expectTypeOf<AgreementRow>().not.toExtend<Agreement>();
  });

  it('is what a page holds where it was read as JSON; a page read as entities holds entities', () => {
    type Node<O extends object> = Awaited<ReturnType<typeof paginate<Agreement, O>>>['edges'][number]['node'];
    expectTypeOf<Node<{ json: JsonSelection | undefined }>>().toEqualTypeOf<Row<Agreement>>();
    expectTypeOf<Node<{ populate: string[]; json: JsonSelection }>>().toEqualTypeOf<Row<Agreement>>();
    expectTypeOf<Node<{ populate: string[] }>>().toEqualTypeOf<Agreement>();
    expectTypeOf<Node<Record<never, never>>>().toEqualTypeOf<Agreement>();
  });
});
