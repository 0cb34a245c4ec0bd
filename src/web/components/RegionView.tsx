import { useState } from 'react';
import { RegionMapQuery } from '../api/operations';
import { useQuery } from '../api/use-operation';
import { useTexts } from '../i18n';
import { RegionTitle } from './Names';
import { OpenProjectContext } from './open-project';
import { Pipeline } from './Pipeline';
import { ProjectDrawer } from './ProjectDrawer';
import { ProblemNote } from './ProblemBanner';
import { RegionChains } from './RegionChains';

type Tab = 'chains' | 'pipeline';

/** A region: its leading chains on the map, or its pipeline of projects. */
export function RegionView({ regionId }: { regionId: string }) {
  const { label, problem } = useTexts();
  const [tab, setTab] = useState<Tab>('chains');
  const [openProjectId, setOpenProjectId] = useState<string | null>(null);
  // Bumped by every change made in the drawer: the pipeline is drawn again, and the map re-read (an OPERATING
  // project turns its link present).
  const [changes, setChanges] = useState(0);
  const map = useQuery(RegionMapQuery, { regionId });
  const region = map.data?.region;
  const changed = () => {
    setChanges((count) => count + 1);
    map.reload();
  };

  return (
    <OpenProjectContext.Provider value={setOpenProjectId}>
      <main className="region-view" aria-busy={map.loading}>
        {region && (
          <header className="region-header">
            <RegionTitle region={region} />
            <nav className="tabs" role="tablist">
              {(['chains', 'pipeline'] as const).map((name) => (
                <button
                  key={name}
                  type="button"
                  role="tab"
                  aria-selected={tab === name}
                  onClick={() => setTab(name)}
                  data-testid={`tab-${name}`}
                >
                  {name === 'chains' ? label.chainsTab : label.pipelineTab}
                </button>
              ))}
            </nav>
          </header>
        )}
        {map.loading && !region && <p className="note">{label.loading}</p>}
        {!map.loading && <ProblemNote problem={map.error} />}
        {map.data && !region && (
          <p className="note note-error">
            {problem['not-found']} {regionId}
          </p>
        )}
        {region && tab === 'chains' && <RegionChains key={region.id} region={region} />}
        {region && tab === 'pipeline' && <Pipeline key={changes} regionId={region.id} />}
        {openProjectId && (
          <ProjectDrawer key={openProjectId} projectId={openProjectId} onClose={() => setOpenProjectId(null)} onChanged={changed} />
        )}
      </main>
    </OpenProjectContext.Provider>
  );
}
