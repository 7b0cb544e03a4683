import { GraphiQLPage } from './GraphiQLPage.js';

// The route module (App.tsx: a chunk of its own, loaded when /console/graphiql is first opened):
// GraphiQL, Monaco and graphql-js are megabytes the other pages never load.
export function Component() {
  return <GraphiQLPage />;
}
