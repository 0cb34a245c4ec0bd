import { LinkDetailQuery } from '../api/operations/map';
import { useQuery } from '../api/use-operation';
import { firms, percent, yuan } from '../../domain/readable-numbers';
import { useTexts } from '../i18n';
import { CandidateTable } from './CandidateTable';
import type { ChainLinkData, ChainOverviewData, LinkStateData } from './chain-data';
import { FirmName } from './FirmName';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

interface LinkPanelProps {
  regionId: string;
  chain: ChainOverviewData['chain'];
  link: ChainLinkData;
  state: LinkStateData | undefined;
  simulating: boolean;
  onSimulate(enterpriseIds: string[]): void;
}

/** One link of a chain in the region: its gap and why, its local firms, and the outside firms to approach. */
export function LinkPanel({ regionId, chain, link, state, simulating, onSimulate }: LinkPanelProps) {
  const texts = useTexts();
  const { label, language } = texts;
  const detail = useQuery(LinkDetailQuery, { regionId, chainId: chain.id, linkId: link.id });
  const gap = detail.data?.chainGaps.gaps.find((candidateGap) => candidateGap.link.id === link.id);
  const localFirms = detail.data?.enterprises;
  const linkState = state?.state ?? 'MISSING';
  // Firms recruited through OPERATING projects count as local though the registry places them elsewhere.
  const recruited = Math.max(0, (state?.localEnterpriseCount ?? 0) - (localFirms?.totalCount ?? 0));

  return (
    <section className="link-panel" data-testid="link-panel" aria-busy={detail.loading} aria-labelledby="link-panel-title">
      <p className="link-panel-chain">
        <Names named={chain} />
      </p>
      <h3 id="link-panel-title">
        <Names named={link} />
      </h3>
      <p>
        <span className={`state-badge link-${linkState.toLowerCase()}`} data-testid="link-state">
          {texts.linkState[linkState]}
        </span>
        {gap && (
          <span className="chip" data-testid="gap-kind">
            {texts.gapKind[gap.kind]}
            {gap.direction && ` · ${label[gap.direction]}`}
          </span>
        )}
      </p>
      {detail.loading && <p className="note">{label.loading}</p>}
      <ProblemNote problem={detail.error} />
      {detail.data && (
        <>
          {gap ? (
            <ul className="reasons gap-reasons" data-testid="gap-reasons">
              {gap.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : (
            <>
              <p className="note">{linkState === 'MISSING' ? label.farMissing : label.noGap}</p>
              <ul className="reasons gap-reasons">
                {state?.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          )}
          <dl className="facts">
            <dt title={label.localSupplyExplained}>{label.localSupply}</dt>
            <dd data-testid="link-local-supply">{state?.localSupplyShare == null ? label.noPurchases : percent(state.localSupplyShare)}</dd>
          </dl>
          {gap && (
            <dl className="facts">
              <dt>{label.externalDependency}</dt>
              <dd>{gap.externalDependency === null ? '—' : percent(gap.externalDependency)}</dd>
              <dt>{label.localDemand}</dt>
              <dd>{yuan(gap.localDemand, language)}</dd>
              <dt title={label.relatednessExplained}>{label.relatedness}</dt>
              <dd data-testid="gap-relatedness">{percent(gap.relatedness)}</dd>
            </dl>
          )}
          {gap && gap.sourceRegions.length > 0 && (
            <>
              <h4>{label.sourceRegions}</h4>
              <ul className="source-regions" data-testid="source-regions">
                {gap.sourceRegions.map((source) => (
                  <li key={source.region.id}>
                    <Names named={source.region} />{' '}
                    <span className="firm-facts">
                      {firms(source.firms, language)} · {label.specialisation} {source.rca.toFixed(1)}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>
            {label.localFirms} ({(localFirms?.totalCount ?? 0) + recruited})
          </h4>
          {recruited > 0 && (
            <p className="note" data-testid="recruited-firms">
              {recruited} {label.recruitedFirms}
            </p>
          )}
          {localFirms && localFirms.totalCount > 0 ? (
            <ul className="local-firms" data-testid="local-firms">
              {localFirms.edges.map(({ node }) => (
                <li key={node.id}>
                  <FirmName firm={node} /> <span className="firm-facts">{yuan(node.revenue, language)}</span>
                  {node.leading && <span className="chip">{label.leading}</span>}
                </li>
              ))}
            </ul>
          ) : (
            recruited === 0 && <p className="note">{label.noLocalFirms}</p>
          )}
          {gap && (
            <>
              <h4>{label.candidates}</h4>
              <CandidateTable regionId={regionId} link={link} candidates={gap.candidates} simulating={simulating} onSimulate={onSimulate} />
            </>
          )}
        </>
      )}
    </section>
  );
}
