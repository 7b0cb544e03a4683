import { useQuery } from '../../api.js';
import { ConsoleOperatorsAccessMatrixDocument } from '../../gql/graphql.js';
import { useT } from '../../i18n.js';
import { useSession } from '../../session.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useOperatorsStrings } from './common.js';

/** The access matrix (accessMatrix): roles × data classes, and who performs each act, from the policy itself. */
export function AccessPage() {
  const t = useT();
  const s = useOperatorsStrings();
  const { credentials } = useSession();
  const matrix = useQuery(credentials, ConsoleOperatorsAccessMatrixDocument, {});
  if (matrix.error) return <ErrorText error={matrix.error} />;
  if (!matrix.data) return <p>{t('loading')}</p>;
  const { dataClasses, roles, mutations } = matrix.data.accessMatrix;
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{s('access')}</h2>
      <p>{s('accessNote')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the matrix scrolls sideways in this region; focusable, it scrolls by keyboard too (WCAG 2.1.1; axe's scrollable-region-focusable) */}
      <section className="ops-scroll" aria-labelledby="access-title" tabIndex={0}>
        <table data-testid="access-matrix" className="ops-matrix">
          <thead>
            <tr>
              <th scope="col">{s('role')}</th>
              {dataClasses.map((c) => (
                <th scope="col" key={c.name} title={c.personal ? s('personal') : undefined}>
                  {c.name}
                  {c.personal && (
                    <>
                      {' '}
                      <span role="img" aria-label={s('personal')}>
                        *
                      </span>
                    </>
                  )}
                </th>
              ))}
              <th scope="col">{s('limits')}</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.role} data-testid="role-access">
                <th scope="row">{r.role}</th>
                {dataClasses.map((c) => {
                  const cell = (r.reads.includes(c.name) ? 'R' : '') + (r.writes.includes(c.name) ? 'W' : '');
                  return <td key={c.name}>{cell || '—'}</td>;
                })}
                <td>{r.limits.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>* {s('personal')}</p>
      <h3>{s('mutationsTitle')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{s('mutation')}</th>
            <th scope="col">{s('dataClass')}</th>
            <th scope="col">{s('roles')}</th>
          </tr>
        </thead>
        <tbody>
          {mutations.map((m) => (
            <tr key={m.name}>
              <td>
                <code>{m.name}</code>
              </td>
              <td>{m.dataClass}</td>
              <td>{m.roles.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
