import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { DataClass, mayRead } from '../access/policy.js';
import type { Authenticate } from '../access/authenticate.js';
import type { Principal } from '../access/principal.js';
import { nationalStatistics } from '../modules/scopes.js';
import { principalEntry } from '../audit/audit.plugin.js';
import { auditService } from '../audit/audit.service.js';
import { monthlyRegister, monthlyRegisterCsv } from '../modules/notifications/monthly-register.js';
import {
  childCaseBreakdown,
  childCaseIndicators,
  childCaseIndicatorsCsv,
  ChildIndicator,
  childIndicatorCsv,
  ChildIndicatorDimension,
} from '../modules/children/children.indicators.js';
import { indicatorCsv, indicatorService } from '../modules/statistics/indicator.service.js';
import { Indicator, IndicatorDimension } from '../modules/statistics/indicators.js';
import { parseDate } from '../shared/dates.js';
import { AppError, BadUserInputError, ForbiddenError, UnauthenticatedError } from '../shared/errors.js';
import { checkText, CODE } from '../shared/input.js';
import { actingFor } from '../read/row-scope.js';

/** The access log's operation type of a CSV report download (beside query, mutation, subscription, webhook). */
const REPORT_OPERATION = 'report';

/**
 * CSV downloads of aggregates (STATS and CHILD_STATS, not personal data): the same queries as GraphQL,
 * the same token, the same class and scope, the same cell-key perturbation and suppression
 * (docs/indicators.md): a CSV figure is the figure GraphQL publishes. `?lang=bg` gives Bulgarian column headers.
 *   GET /reports/indicator.csv?indicator=EMPLOYED&from=2026-01-01&to=2026-06-30&groupBy=SEX,AGE_GROUP
 *   GET /reports/monthly-register.csv?month=2026-10
 *   GET /reports/child-case-indicators.csv?from=2026-01-01&to=2026-06-30            (the children's mechanism, AP II.6, II.8, I.15.1, I.18)
 *   GET /reports/child-indicator.csv?indicator=CASES_CLOSED&from=…&to=…&groupBy=SEX,AGE_GROUP   (childCaseBreakdown)
 */
export function reportsRouter(orm: MikroORM, authenticate: Authenticate, threshold: number): express.Router {
  const router = express.Router();
  // Each report reads as its principal, in its row scope (read/row-scope.ts).
  const emFor = (principal: Principal) => actingFor(orm.em.fork(), principal);
  // The class a report belongs to, as its GraphQL query's (its module's policy): STATS, or the children's CHILD_STATS.
  const principalOf = async (req: express.Request, dataClass: DataClass = DataClass.STATS): Promise<Principal> => {
    // Identified once already for the rate limit (server/app.ts); again only to say why a token failed.
    const principal = req.principal ?? (await authenticate(req.headers.authorization));
    if (!principal) throw new UnauthenticatedError('Reports need a bearer token: send "Authorization: Bearer <token>".');
    if (!mayRead(principal.role, dataClass)) {
      throw new ForbiddenError(`Your role (${principal.role}) reads no aggregates of this kind (${dataClass}).`, {
        messageBg: 'Вашата роля няма достъп до тези обобщени данни.',
      });
    }
    return principal;
  };
  const param = (req: express.Request, name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
  const lang = (req: express.Request) => (param(req, 'lang') === 'bg' ? 'bg' : 'en');
  const oneOf = <T extends string>(values: Record<string, T>, value: string | undefined, field: string): T => {
    if (value && Object.values(values).includes(value as T)) return value as T;
    throw new BadUserInputError(`${field}: one of ${Object.values(values).join(', ')}`, { details: { field } });
  };
  // The query string gets the checks GraphQL arguments get: dates in range, codes short and clean.
  const date = (req: express.Request, field: string) => parseDate(param(req, field) ?? '', field).toString();
  const code = (req: express.Request, field: string) => {
    const value = param(req, field);
    return value === undefined ? value : checkText(value, CODE, field);
  };
  const send = async (req: express.Request, res: express.Response, principal: Principal, name: string, csv: string) => {
    // A file leaves the hub: the access log records who took which report and why, before it goes
    // (aggregates name no person, so the entry has no records and whoAccessed lists none).
    await auditService.append(
      orm.em,
      principalEntry(principal, String(req.id), { type: REPORT_OPERATION, name: `GET ${req.originalUrl}`.slice(0, 500), records: {}, outcome: 'SUCCESS' }),
    );
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    res.send(`\uFEFF${csv}`); // the BOM makes spreadsheet programs read UTF-8 (Cyrillic) right
  };
  const handle =
    (fn: (req: express.Request, res: express.Response) => Promise<void>) => async (req: express.Request, res: express.Response, next: express.NextFunction) => {
      try {
        await fn(req, res);
      } catch (error) {
        if (!(error instanceof AppError)) return next(error);
        const code = String(error.extensions.code);
        const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 400;
        res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
      }
    };

  router.get(
    '/indicator.csv',
    handle(async (req, res) => {
      const principal = await principalOf(req);
      const groupBy = [
        ...new Set(
          (param(req, 'groupBy') ?? '')
            .split(',')
            .filter(Boolean)
            .map((d) => oneOf(IndicatorDimension, d, 'groupBy')),
        ),
      ];
      const query = {
        indicator: oneOf(Indicator, param(req, 'indicator'), 'indicator'),
        from: date(req, 'from'),
        to: date(req, 'to'),
        groupBy,
        provinceCode: code(req, 'provinceCode'),
        municipalityCode: code(req, 'municipalityCode'),
      };
      const result = await indicatorService.compute(emFor(principal), principal, query, threshold);
      await send(req, res, principal, `${query.indicator.toLowerCase()}_${query.from}_${query.to}.csv`, indicatorCsv(result, lang(req)));
    }),
  );

  // The children's mechanism (children.indicators.ts): national, CHILD_STATS (DAZD, ASP and the national bodies).
  router.get(
    '/child-case-indicators.csv',
    handle(async (req, res) => {
      const principal = await principalOf(req, DataClass.CHILD_STATS);
      const [from, to] = [date(req, 'from'), date(req, 'to')];
      const result = await childCaseIndicators(emFor(principal), principal, from, to, threshold);
      await send(req, res, principal, `child-case-indicators_${from}_${to}.csv`, childCaseIndicatorsCsv(result, lang(req)));
    }),
  );

  router.get(
    '/child-indicator.csv',
    handle(async (req, res) => {
      const principal = await principalOf(req, DataClass.CHILD_STATS);
      const groupBy = [
        ...new Set(
          (param(req, 'groupBy') ?? '')
            .split(',')
            .filter(Boolean)
            .map((d) => oneOf(ChildIndicatorDimension, d, 'groupBy')),
        ),
      ];
      const query = { indicator: oneOf(ChildIndicator, param(req, 'indicator'), 'indicator'), from: date(req, 'from'), to: date(req, 'to'), groupBy };
      const result = await childCaseBreakdown(emFor(principal), principal, query, threshold);
      await send(req, res, principal, `child-${query.indicator.toLowerCase()}_${query.from}_${query.to}.csv`, childIndicatorCsv(result, lang(req)));
    }),
  );

  router.get(
    '/monthly-register.csv',
    handle(async (req, res) => {
      const principal = await principalOf(req);
      if (!nationalStatistics(principal)) throw new ForbiddenError('The monthly register (Art. 13(5)) is national: for national bodies only.');
      const month = param(req, 'month') ?? '';
      // Its first day is a date like any other: in the years the API accepts.
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new BadUserInputError('month: a month written YYYY-MM', { details: { field: 'month' } });
      parseDate(`${month}-01`, 'month');
      await send(
        req,
        res,
        principal,
        `monthly-register_${month}.csv`,
        monthlyRegisterCsv(await monthlyRegister(emFor(principal), month, threshold), lang(req)),
      );
    }),
  );
  return router;
}
