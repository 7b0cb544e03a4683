import { IndicatorsPage } from './IndicatorsPage.js';

// The route module (App.tsx): a chunk of its own, with recharts, loaded when /console/indicators is opened.
export function Component() {
  return <IndicatorsPage />;
}
