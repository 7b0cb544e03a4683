import { NavLink, Route, Routes } from 'react-router';
import { AccessPage } from './AccessPage.js';
import { AuditPage } from './AuditPage.js';
import { useOperatorsStrings } from './common.js';
import { DeliveriesPage } from './DeliveriesPage.js';
import { StatusPage } from './StatusPage.js';
import { WebhookPage, WebhooksPage } from './WebhooksPage.js';
import './operators.css';

/**
 * The operators' pages (ADMIN; issue 18 p.6): institutions and their webhooks (/operators, and
 * /operators/webhooks/<code> for one), the delivery health of notifications (/operators/deliveries,
 * metadata only), the access log with the verification of its chain (/operators/audit), the hub's
 * readiness and migrations (/operators/status) and the access matrix from the policy (/operators/access).
 * The menu shows this part to ADMIN only; the hub refuses every other role anyway.
 */
export function Component() {
  const s = useOperatorsStrings();
  return (
    <>
      <nav aria-label={s('sections')} className="subnav">
        <NavLink to="/operators" end>
          {s('webhooksLink')}
        </NavLink>
        <NavLink to="/operators/deliveries">{s('deliveriesLink')}</NavLink>
        <NavLink to="/operators/audit">{s('auditLink')}</NavLink>
        <NavLink to="/operators/status">{s('statusLink')}</NavLink>
        <NavLink to="/operators/access">{s('accessLink')}</NavLink>
      </nav>
      <Routes>
        <Route index element={<WebhooksPage />} />
        <Route path="webhooks/:code" element={<WebhookPage />} />
        <Route path="deliveries" element={<DeliveriesPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="status" element={<StatusPage />} />
        <Route path="access" element={<AccessPage />} />
      </Routes>
    </>
  );
}
