import { NavLink, Route, Routes } from 'react-router';
import { useMay } from '../../session.js';
import { ApplicationsPage } from './ApplicationsPage.js';
import { useActStrings } from './common.js';
import { RegisterPage } from './RegisterPage.js';
import './acts.css';

/**
 * Applications (issue 18 p.4): foreigners' applications for an agreement and their forwarding
 * (Art. 16, Art. 20 p.5) at /applications; the municipalities' applications to conclude agreements
 * and SAR's register of them (Art. 13) at /applications/register, for the roles that read REGISTER.
 */
export function Component() {
  const s = useActStrings();
  const may = useMay();
  return (
    <div className="acts">
      {may.read('REGISTER') && (
        <nav aria-label={s('applicationsLink')} className="subnav">
          <NavLink to="/applications" end>
            {s('applicationsLink')}
          </NavLink>
          <NavLink to="/applications/register">{s('registerLink')}</NavLink>
        </nav>
      )}
      <Routes>
        <Route index element={<ApplicationsPage />} />
        <Route path="register" element={may.read('REGISTER') ? <RegisterPage /> : <ApplicationsPage />} />
      </Routes>
    </div>
  );
}
