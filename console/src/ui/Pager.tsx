import { useState } from 'react';
import { useT } from '../i18n.js';

/**
 * Paging by cursor: the API pages forward with `after`; the cursors of the pages before are kept to go
 * back. `reset()` when the filter changes.
 */
export function usePages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors.at(-1) ?? null,
    number: cursors.length,
    reset: () => setCursors([null]),
    next: (cursor: string | null | undefined) => setCursors((c) => [...c, cursor ?? null]),
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
  };
}

/** Previous and next page, for a connection's `pageInfo`. */
export function Pager({
  pages,
  pageInfo,
  label,
}: {
  pages: ReturnType<typeof usePages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  label: string;
}) {
  const t = useT();
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={pages.number === 1} onClick={pages.previous}>
        {t('previous')}
      </button>
      <button type="button" disabled={!pageInfo.hasNextPage} onClick={() => pages.next(pageInfo.endCursor)}>
        {t('next')}
      </button>
    </nav>
  );
}
