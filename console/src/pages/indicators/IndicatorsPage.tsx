import { useState, type ReactNode } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { useQuery } from '../../api.js';
import {
  AgreementDimension,
  ConsoleAgreementStatisticsDocument,
  ConsoleChildCaseIndicatorsDocument,
  ConsoleIndicatorDocument,
  Indicator,
  IndicatorDimension,
} from '../../gql/graphql.js';
import { useStrings, useT } from '../../i18n.js';
import { useMay, useSession } from '../../session.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { DateInput, SelectInput } from '../../ui/fields.js';
import { CellsView, type Row } from './CellsView.js';
import { indicatorStrings } from './strings.js';
import './indicators.css';

type S = ReturnType<typeof useStrings<keyof (typeof indicatorStrings)['bg']>>;
type Dimension = IndicatorDimension | AgreementDimension;

/** A cell of either API's tables: the dimensions' values, the others null. */
interface Cell {
  citizenship?: string | null;
  sex?: string | null;
  ageGroup?: string | null;
  protectionKind?: string | null;
  service?: string | null;
  status?: string | null;
  provinceCode?: string | null;
  municipalityCode?: string | null;
  count?: number | null;
  suppressed: boolean;
}

/** A dimension's value in a cell, as a reader reads it (codes of places, countries and services as the API gives them). */
function shownValue(cell: Cell, dimension: Dimension, s: S): string {
  switch (dimension) {
    case 'SEX':
      return cell.sex ? s(`sex.${cell.sex}` as 'sex.FEMALE') : '';
    case 'STATUS':
      return cell.status ? s(`status.${cell.status}` as 'status.ACTIVE') : '';
    case 'CITIZENSHIP':
      return cell.citizenship === 'STATELESS' ? s('stateless') : (cell.citizenship ?? '');
    case 'AGE_GROUP':
      // AGE_0_6 → 0–6, AGE_65_PLUS → 65+
      return (cell.ageGroup ?? '')
        .replace(/^AGE_/, '')
        .replace(/_PLUS$/, '+')
        .replace('_', '–');
    case 'PROTECTION_KIND':
      return cell.protectionKind ? named(s, `protection.${cell.protectionKind}`, cell.protectionKind) : '';
    case 'SERVICE':
      return cell.service ?? '';
    case 'PROVINCE':
      return cell.provinceCode ?? '';
    case 'MUNICIPALITY':
      return cell.municipalityCode ?? '';
  }
}

/** A code's name from the dictionary; a code the console has no name for (a newer API's) as the API gives it. */
function named(s: S, key: string, code: string): string {
  return s(key as 'total') ?? code;
}

/** A cell's group as the API gives it (the codes of every dimension, null where not grouped by): unique among the cells. */
const groupOf = (c: Cell) => JSON.stringify([c.citizenship, c.sex, c.ageGroup, c.protectionKind, c.service, c.status, c.provinceCode, c.municipalityCode]);

const rowsOf = (cells: Cell[], groupBy: Dimension[], s: S): Row[] =>
  cells.map((c) => ({ key: groupOf(c), values: groupBy.map((d) => shownValue(c, d, s)), count: c.count ?? null, suppressed: c.suppressed }));

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Today in Bulgaria (the hub's days are days in Europe/Sofia), as yyyy-mm-dd. */
function todayInSofia(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The period, typed as dd.mm.yyyy; the views ask the hub only once both ends are dates. */
function usePeriod() {
  const today = todayInSofia();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  return { from, to, setFrom, setTo, valid: ISO.test(from) && ISO.test(to) };
}

function PeriodPicker({ period, label }: { period: ReturnType<typeof usePeriod>; label?: string }) {
  const s = useStrings(indicatorStrings);
  return (
    <fieldset className="period">
      <legend>{label ?? s('period')}</legend>
      <DateInput label={s('from')} name="from" value={period.from} onChange={period.setFrom} isRequired />
      <DateInput label={s('to')} name="to" value={period.to} onChange={period.setTo} isRequired />
    </fieldset>
  );
}

/** The grouping dimensions the API offers, as checkboxes (any number, in the API's order). */
function GroupByPicker<D extends Dimension>({ options, value, onChange }: { options: D[]; value: D[]; onChange: (v: D[]) => void }) {
  const s = useStrings(indicatorStrings);
  return (
    <fieldset className="group-by">
      <legend>{s('groupBy')}</legend>
      {options.map((d) => (
        <label key={d} className="check">
          <input
            type="checkbox"
            checked={value.includes(d)}
            onChange={(e) => onChange(e.target.checked ? options.filter((o) => o === d || value.includes(o)) : value.filter((v) => v !== d))}
          />
          {s(`dim.${d}` as 'dim.SEX')}
        </label>
      ))}
    </fieldset>
  );
}

const INDICATORS = Object.values(Indicator);
const INDICATOR_DIMENSIONS = Object.values(IndicatorDimension);
const AGREEMENT_DIMENSIONS = Object.values(AgreementDimension);

function Art12() {
  const s = useStrings(indicatorStrings);
  const period = usePeriod();
  const [indicator, setIndicator] = useState<Indicator>(Indicator.Employed);
  const [groupBy, setGroupBy] = useState<IndicatorDimension[]>([IndicatorDimension.Sex]);
  return (
    <>
      <div className="controls">
        <PeriodPicker period={period} />
        <SelectInput
          label={s('indicator')}
          name="indicator"
          value={indicator}
          onChange={setIndicator}
          options={INDICATORS.map((i) => ({ value: i, label: s(`indicator.${i}` as 'indicator.EMPLOYED') }))}
        />
        <GroupByPicker options={INDICATOR_DIMENSIONS} value={groupBy} onChange={setGroupBy} />
      </div>
      {period.valid && <Art12Result indicator={indicator} from={period.from} to={period.to} groupBy={groupBy} />}
    </>
  );
}

function Art12Result({ indicator, from, to, groupBy }: { indicator: Indicator; from: string; to: string; groupBy: IndicatorDimension[] }) {
  const s = useStrings(indicatorStrings);
  const { credentials } = useSession();
  const result = useQuery(credentials, ConsoleIndicatorDocument, { query: { indicator, from, to, groupBy } });
  return (
    <Loaded state={result}>
      {(data) => (
        <>
          <Threshold value={data.indicator.threshold} />
          <CellsView
            id="indicator"
            title={s(`indicator.${data.indicator.indicator}` as 'indicator.EMPLOYED')}
            columns={data.indicator.groupBy.map((d) => s(`dim.${d}` as 'dim.SEX'))}
            rows={rowsOf(data.indicator.cells, data.indicator.groupBy, s)}
            total={data.indicator.total ?? null}
            fileName={`indicator-${data.indicator.indicator}-${from}-${to}.csv`}
          />
        </>
      )}
    </Loaded>
  );
}

function Agreements() {
  const s = useStrings(indicatorStrings);
  const period = usePeriod();
  const [groupBy, setGroupBy] = useState<AgreementDimension[]>([AgreementDimension.Sex]);
  return (
    <>
      <div className="controls">
        <PeriodPicker period={period} label={s('periodAgreements')} />
        <GroupByPicker options={AGREEMENT_DIMENSIONS} value={groupBy} onChange={setGroupBy} />
      </div>
      {period.valid && <AgreementsResult from={period.from} to={period.to} groupBy={groupBy} />}
    </>
  );
}

function AgreementsResult({ from, to, groupBy }: { from: string; to: string; groupBy: AgreementDimension[] }) {
  const s = useStrings(indicatorStrings);
  const { credentials } = useSession();
  const result = useQuery(credentials, ConsoleAgreementStatisticsDocument, { filter: { signedFrom: from, signedTo: to }, groupBy });
  return (
    <Loaded state={result}>
      {(data) => (
        <>
          <Threshold value={data.agreementStatistics.threshold} />
          <CellsView
            id="agreements"
            title={`${s('tab.agreements')} (${s('periodAgreements').toLowerCase()})`}
            columns={data.agreementStatistics.groupBy.map((d) => s(`dim.${d}` as 'dim.SEX'))}
            rows={rowsOf(data.agreementStatistics.cells, data.agreementStatistics.groupBy, s)}
            total={data.agreementStatistics.total ?? null}
            fileName={`agreements-${from}-${to}.csv`}
          />
        </>
      )}
    </Loaded>
  );
}

function Children() {
  const period = usePeriod();
  return (
    <>
      <div className="controls">
        <PeriodPicker period={period} />
      </div>
      {period.valid && <ChildrenResult from={period.from} to={period.to} />}
    </>
  );
}

function ChildrenResult({ from, to }: { from: string; to: string }) {
  const s = useStrings(indicatorStrings);
  const { credentials } = useSession();
  const result = useQuery(credentials, ConsoleChildCaseIndicatorsDocument, { from, to });
  return (
    <Loaded state={result}>
      {({ childCaseIndicators: c }) => {
        const figures = (
          [
            'casesCoordinated',
            'casesClosedTotal',
            'casesClosedWithSupport',
            'referrals',
            'rapidAssessments',
            'fullAssessments',
            'monitoringVisits',
            'visitFollowUpsOverdue',
          ] as const
        ).map((k) => ({
          key: k,
          values: [s(`children.${k}`)],
          count: c[k] ?? null,
          suppressed: c[k] === null,
        }));
        const keyed = (part: string, cells: { key: string; count?: number | null; suppressed: boolean }[]): Row[] =>
          cells.map((cell) => ({ key: cell.key, values: [named(s, `${part}.${cell.key}`, cell.key)], count: cell.count ?? null, suppressed: cell.suppressed }));
        return (
          <>
            <Threshold value={c.threshold} />
            <CellsView
              id="children-figures"
              title={s('children.figures')}
              columns={[s('figure')]}
              rows={figures}
              fileName={`children-${from}-${to}.csv`}
              chart={false}
            />
            {(['casesClosed', 'childrenByStatus', 'childrenByPlacement'] as const).map((k) => (
              <CellsView
                key={k}
                id={`children-${k}`}
                title={s(`children.${k}`)}
                columns={[s('group')]}
                rows={keyed(k, c[k])}
                fileName={`children-${k}-${from}-${to}.csv`}
              />
            ))}
          </>
        );
      }}
    </Loaded>
  );
}

function Threshold({ value }: { value: number }) {
  const s = useStrings(indicatorStrings);
  return (
    <p className="threshold">
      {s('threshold')}: {value}
    </p>
  );
}

/** The hub's answer once there is one; its refusal or error in the reader's language otherwise. */
function Loaded<R>({ state, children }: { state: { data: R | null; error: unknown; loading: boolean }; children: (data: R) => ReactNode }) {
  const t = useT();
  if (state.error) return <ErrorText error={state.error} />;
  if (!state.data) return <p>{t('loading')}</p>;
  return <div aria-busy={state.loading}>{children(state.data)}</div>;
}

export function IndicatorsPage() {
  const s = useStrings(indicatorStrings);
  const t = useT();
  const may = useMay();
  // The menu shows this part only to roles that read STATS or the mechanism's own figures (CHILD_STATS, e.g.
  // ASP); opened by its address, it says so (the API refuses anyway). Each tab shows what the role reads.
  const stats = may.read('STATS');
  const children = may.read('CHILD_STATS');
  if (!stats && !children) return <p role="alert">{t('outsideView')}</p>;
  return (
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">{s('title')}</h2>
      <p className="intro">{s('intro')}</p>
      <nav aria-label={s('views')} className="subnav">
        <ul>
          {stats && (
            <li>
              <NavLink to="/indicators" end>
                {s('tab.art12')}
              </NavLink>
            </li>
          )}
          {stats && (
            <li>
              <NavLink to="/indicators/agreements">{s('tab.agreements')}</NavLink>
            </li>
          )}
          {children && (
            <li>
              <NavLink to={stats ? '/indicators/children' : '/indicators'} end={!stats}>
                {s('tab.children')}
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
      <Routes>
        <Route index element={stats ? <Art12 /> : <Children />} />
        {stats && <Route path="agreements" element={<Agreements />} />}
        {children && <Route path="children" element={<Children />} />}
      </Routes>
    </section>
  );
}
