import { PublicRegionQuery } from '../api/operations/growth';
import { useQuery } from '../api/use-operation';
import { useTexts } from '../i18n';
import { ChainDag } from './ChainDag';
import { Names, RegionTitle } from './Names';
import { ProblemNote } from './ProblemBanner';

const NO_STATES = new Map();

/**
 * A region before signing in: its leading chains and their links, which are public, drawn without the gaps and
 * candidates that only a planner sees — never a blank page or an alarm.
 */
export function PublicRegion({ regionId }: { regionId: string }) {
  const { label, problem } = useTexts();
  const view = useQuery(PublicRegionQuery, { regionId });
  const region = view.data?.region;
  return (
    <main className="region-view" aria-busy={view.loading} data-testid="public-region">
      {region && (
        <header className="region-header">
          <RegionTitle region={region} />
        </header>
      )}
      {view.loading && !region && <p className="note">{label.loading}</p>}
      <ProblemNote problem={view.error} />
      {view.data && !region && (
        <p className="note note-error">
          {problem['not-found']} {regionId}
        </p>
      )}
      {region && (
        <>
          <p className="note" data-testid="public-note">
            {label.publicView}
          </p>
          {region.leadingChains.length === 0 && <p className="note">{label.noLeadingChains}</p>}
          {region.leadingChains.map((chain) => (
            <section className="chain-card" key={chain.id} data-testid={`chain-${chain.id}`}>
              <header className="chain-header">
                <h3>
                  <Names named={chain} />
                </h3>
              </header>
              <div className="chain-dag-frame">
                <ChainDag chain={chain} states={NO_STATES} selectedLinkId={null} onSelect={() => {}} fit />
              </div>
            </section>
          ))}
        </>
      )}
    </main>
  );
}
