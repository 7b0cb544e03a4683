import { NavLink, Route, Routes } from 'react-router';
import { useMay } from '../../session.js';
import { CaseList } from './CaseList.js';
import { CasePage } from './CasePage.js';
import { useChildrenStrings } from './common.js';
import { Monitoring } from './Monitoring.js';
import './children.css';

/**
 * Children's cases (issue 18 p.4; docs/children.md): the cases in the caller's scope and the referrals
 * awaiting its answer (/children), a case (/children/<id>), and DAZD's monitoring visits to reception
 * centres (/children/monitoring, AP I.18) for the roles that read them.
 */
export function Component() {
  const s = useChildrenStrings();
  const may = useMay();
  return (
    <>
      {may.read('MONITORING') && (
        <nav aria-label={s('cases')} className="subnav">
          <NavLink to="/children" end>
            {s('casesLink')}
          </NavLink>
          <NavLink to="/children/monitoring">{s('monitoringLink')}</NavLink>
        </nav>
      )}
      <Routes>
        <Route index element={<CaseList />} />
        <Route path="monitoring" element={may.read('MONITORING') ? <Monitoring /> : <CaseList />} />
        <Route path=":id" element={<CasePage />} />
      </Routes>
    </>
  );
}
