import { Route, Routes } from 'react-router';
import { DetailPage } from './DetailPage.js';
import { ListPage } from './ListPage.js';
import './agreements.css';

/** The agreements part (issue 18 point 4): the list (and the applications awaiting conclusion), and one agreement. */
export function Component() {
  return (
    <Routes>
      <Route index element={<ListPage />} />
      <Route path=":id" element={<DetailPage />} />
    </Routes>
  );
}
