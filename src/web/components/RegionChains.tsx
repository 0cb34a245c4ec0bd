import { useState } from 'react';
import type { ApiError } from '../api/client';
import { SimulateRecruitmentQuery } from '../api/operations/map';
import { useOperation } from '../api/use-operation';
import { useTexts } from '../i18n';
import { ChainCard, Legend } from './ChainCard';
import type { RegionData, Simulation } from './chain-data';
import { LinkPanel } from './LinkPanel';
import { ProblemNote } from './ProblemBanner';
import { Subregions } from './Subregions';
import { briefAddress } from '../session';

/** The region's leading chains side by side with the selected link's gap panel. */
export function RegionChains({ region, onEditChain }: { region: RegionData; onEditChain?: (chainId: string) => void }) {
  const { label } = useTexts();
  const [selected, setSelected] = useState<{ chainId: string; linkId: string } | null>(null);
  const [simulations, setSimulations] = useState<ReadonlyMap<string, Simulation>>(new Map());
  const [simulating, setSimulating] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const simulateRecruitment = useOperation(SimulateRecruitmentQuery);

  const withSimulation = (chainId: string, simulation: Simulation | null) =>
    setSimulations((current) => {
      const next = new Map(current);
      if (simulation) next.set(chainId, simulation);
      else next.delete(chainId);
      return next;
    });

  const simulate = async (chainId: string, enterpriseIds: string[]) => {
    setSimulating(true);
    setProblem(null);
    try {
      const answer = await simulateRecruitment({ regionId: region.id, chainId, enterpriseIds });
      withSimulation(chainId, { enterpriseIds, result: answer.simulateRecruitment });
    } catch (error) {
      setProblem(error as ApiError);
    } finally {
      setSimulating(false);
    }
  };

  // Above the county, the chain across the regions under it comes first; a county without a leading chain says so.
  const aboveCounty = region.level === 'CITY' || region.level === 'PROVINCE';
  if (region.chainOverview.length === 0) {
    return aboveCounty ? (
      <Subregions regionId={region.id} level={region.level} code={region.code} />
    ) : (
      <p className="note">{label.noLeadingChains}</p>
    );
  }
  const selectedChain = region.chainOverview.find((overview) => overview.chain.id === selected?.chainId);
  const selectedLink = selectedChain?.chain.links.find((link) => link.id === selected?.linkId);
  // The panel describes the region as it is; a simulation only recolours the chain.
  const selectedState = selectedChain?.links.find((state) => state.link.id === selected?.linkId);

  return (
    <div className="region-chains">
      <div className="chains-column">
        {aboveCounty && <Subregions regionId={region.id} level={region.level} code={region.code} />}
        <Legend />
        {region.chainOverview.map((overview) => (
          <ChainCard
            key={overview.chain.id}
            overview={overview}
            simulation={simulations.get(overview.chain.id) ?? null}
            selectedLinkId={selected?.chainId === overview.chain.id ? selected.linkId : null}
            onSelectLink={(linkId) => setSelected({ chainId: overview.chain.id, linkId })}
            onClearSimulation={() => withSimulation(overview.chain.id, null)}
            briefHref={briefAddress(region.id, overview.chain.id)}
            onEdit={onEditChain && (() => onEditChain(overview.chain.id))}
          />
        ))}
        {/* A county's townships, where the national layer brings them. */}
        {!aboveCounty && <Subregions regionId={region.id} level={region.level} code={region.code} hideWhenEmpty />}
      </div>
      <div className="panel-column">
        <ProblemNote problem={problem} />
        {selectedChain && selectedLink ? (
          <LinkPanel
            key={`${selectedChain.chain.id}/${selectedLink.id}`}
            regionId={region.id}
            chain={selectedChain.chain}
            link={selectedLink}
            state={selectedState}
            simulating={simulating}
            onSimulate={(ids) => void simulate(selectedChain.chain.id, ids)}
          />
        ) : (
          <p className="note panel-hint">{label.selectLink}</p>
        )}
      </div>
    </div>
  );
}
