import { useState } from 'react';
import { ViewerQuery } from '../api/operations/library';
import { RegionMapQuery } from '../api/operations/map';
import { useQuery } from '../api/use-operation';
import { useTexts } from '../i18n';
import { Carriers } from './Carriers';
import { ChainEditor } from './ChainEditor';
import { ChainLibrary } from './ChainLibrary';
import { RegionTitle } from './Names';
import { OpenProjectContext } from './open-project';
import { Growth } from './Growth';
import { Pipeline } from './Pipeline';
import { ProjectDrawer } from './ProjectDrawer';
import { ProblemNote } from './ProblemBanner';
import { RegionChains } from './RegionChains';

type Tab = 'chains' | 'pipeline' | 'growth' | 'carriers' | 'library';
const TABS: readonly Tab[] = ['chains', 'growth', 'pipeline', 'carriers', 'library'];

/** A region: its leading chains on the map, where it could grow, its pipeline of projects, its sites, or the chain library. */
export function RegionView({ regionId }: { regionId: string }) {
  const { label, problem, library, carriers } = useTexts();
  const [tab, setTab] = useState<Tab>('chains');
  const [openProjectId, setOpenProjectId] = useState<string | null>(null);
  const [editedChainId, setEditedChainId] = useState<string | null>(null);
  // Chains are shared by every region leading them: only administrators are offered their editor.
  const canEditChains = useQuery(ViewerQuery, {}).data?.viewer.role === 'ADMIN';
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
              {TABS.map((name) => (
                <button
                  key={name}
                  type="button"
                  role="tab"
                  aria-selected={tab === name}
                  onClick={() => setTab(name)}
                  data-testid={`tab-${name}`}
                >
                  {name === 'library' ? library.tab : name === 'carriers' ? carriers.tab : label[`${name}Tab`]}
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
        {region && tab === 'chains' && (
          <RegionChains key={region.id} region={region} onEditChain={canEditChains ? setEditedChainId : undefined} />
        )}
        {region && tab === 'pipeline' && <Pipeline key={changes} regionId={region.id} onChanged={map.reload} />}
        {region && tab === 'carriers' && <Carriers regionId={region.id} />}
        {region && tab === 'library' && <ChainLibrary region={region} onAdopted={map.reload} onShowChains={() => setTab('chains')} />}
        {region && tab === 'growth' && (
          <Growth regionId={region.id} leadingChains={region.chainOverview.map((overview) => overview.chain)} />
        )}
        {editedChainId && (
          <ChainEditor key={editedChainId} chainId={editedChainId} onClose={() => setEditedChainId(null)} onChanged={map.reload} />
        )}
        {openProjectId && (
          <ProjectDrawer key={openProjectId} projectId={openProjectId} onClose={() => setOpenProjectId(null)} onChanged={changed} />
        )}
      </main>
    </OpenProjectContext.Provider>
  );
}
