import { useState } from 'react';
import { percent } from '../../domain/readable-numbers';
import { useTexts } from '../i18n';
import { ChainDag } from './ChainDag';
import { statesByLink, type ChainOverviewData, type Simulation } from './chain-data';
import { Names } from './Names';
import { Sparkline } from './Sparkline';

interface ChainCardProps {
  overview: ChainOverviewData;
  simulation: Simulation | null;
  selectedLinkId: string | null;
  onSelectLink(linkId: string): void;
  onClearSimulation(): void;
  /** Where the chain's printable brief (招商简报) is. */
  briefHref?: string;
  /** Opens the chain's editor (administrators). */
  onEdit?: () => void;
}

/** A leading chain: its completeness, its gaps counted, and its DAG (recoloured while a simulation is shown). */
export function ChainCard({ overview, simulation, selectedLinkId, onSelectLink, onClearSimulation, briefHref, onEdit }: ChainCardProps) {
  const texts = useTexts();
  const [fit, setFit] = useState(true);
  const { label, gapKind } = texts;
  const states = statesByLink(simulation?.result.links ?? overview.links);
  const present = overview.links.filter((link) => link.state !== 'MISSING').length;
  return (
    <section className="chain-card" data-testid={`chain-${overview.chain.id}`} aria-labelledby={`chain-title-${overview.chain.id}`}>
      <header className="chain-header">
        <h3 id={`chain-title-${overview.chain.id}`}>
          <Names named={overview.chain} />
        </h3>
        <p className="completeness">
          {label.completeness} <strong data-testid="completeness">{percent(overview.completeness)}</strong> ({present}/
          {overview.chain.links.length} {label.links})
          {simulation && (
            <span className="simulated" data-testid="simulated-completeness">
              {' → '}
              {label.simulated} <strong>{percent(simulation.result.completeness)}</strong> ({simulation.result.presentLinkCount}/
              {simulation.result.linkCount})
              <button type="button" className="quiet" onClick={onClearSimulation}>
                {label.clearSimulation}
              </button>
            </span>
          )}
        </p>
        <p className="chain-trend">
          <Sparkline
            points={overview.history.map((point) => ({ at: point.at, value: point.completeness }))}
            now={overview.completeness}
            what={label.completenessTrend}
          />
          <span className="firm-facts" data-testid="chain-chief">
            {label.chief}: {overview.chief ?? label.noneSet}
          </span>
          <span className="firm-facts" data-testid="local-supply" title={label.localSupplyExplained}>
            {label.localSupply}: {overview.localSupplyShare === null ? label.noPurchases : percent(overview.localSupplyShare)}
          </span>
          <Sparkline
            points={overview.history.map((point) => ({ at: point.at, value: point.localSupplyShare ?? null }))}
            now={overview.localSupplyShare ?? null}
            what={label.localSupplyTrend}
            testId="local-supply-sparkline"
          />
        </p>
        <p className="gap-counts">
          <span className="chip chip-fill">
            {gapKind.FILL} {overview.fillCount}
          </span>
          <span className="chip chip-extend">
            {gapKind.EXTEND} {overview.extendCount}
          </span>
          <span className="chip chip-strengthen">
            {gapKind.STRENGTHEN} {overview.strengthenCount}
          </span>
        </p>
      </header>
      <div className="chain-dag-tools no-print">
        <button type="button" className="quiet" data-testid="zoom" onClick={() => setFit(!fit)}>
          {fit ? label.actualSize : label.fitWidth}
        </button>
        {briefHref && (
          <a className="button-link" data-testid="open-brief" href={briefHref}>
            {label.brief}
          </a>
        )}
        {onEdit && (
          <button type="button" className="quiet" data-testid="edit-chain" onClick={onEdit}>
            {texts.library.edit}
          </button>
        )}
      </div>
      <div className="chain-dag-frame">
        <ChainDag chain={overview.chain} states={states} selectedLinkId={selectedLinkId} onSelect={onSelectLink} fit={fit} />
      </div>
    </section>
  );
}

export function Legend() {
  const { label, linkState } = useTexts();
  return (
    <aside className="legend" aria-label={label.legend}>
      <strong>{label.legend}</strong>
      {(['PRESENT', 'WEAK', 'MISSING'] as const).map((state) => (
        <span key={state} className={`legend-item link-${state.toLowerCase()}`}>
          <svg width="18" height="12" aria-hidden="true">
            <rect width="18" height="12" rx="3" />
          </svg>
          {linkState[state]}
        </span>
      ))}
      <span className="legend-note">{label.upstreamLeft}</span>
    </aside>
  );
}
