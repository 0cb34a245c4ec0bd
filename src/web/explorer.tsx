/**
 * The API explorer for development: GraphiQL built from the project's own packages and served with the map, so it
 * works on an intranet without Apollo's CDN. Sends the map's token when one is stored for this browser session.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_URL } from './api/client';
import { storedToken } from './session';

const FIRST_QUERY = `# The chain-graph API. Public data needs no token; gaps and projects need a planner's (Headers below).
{
  region(id: "shangcai") {
    nameZh
    leadingChains { name nameZh links { name stage } }
  }
}
`;

const token = storedToken();
const fetcher = createGraphiQLFetcher({ url: new URL(GRAPHQL_URL, location.origin).toString() });

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={FIRST_QUERY}
      initialHeaders={token ? JSON.stringify({ authorization: `Bearer ${token}` }, null, 2) : undefined}
    />
  </StrictMode>,
);
