import { useState } from 'react';
import { GrowthQuery, TripsQuery } from '../api/operations/growth';
import { useQuery } from '../api/use-operation';
import { firms, percent } from '../../domain/readable-numbers';
import { downloadText } from '../download';
import type { GrowthQuery as GrowthData } from '../generated/graphql';
import { nameOf, useTexts } from '../i18n';
import { tripsCsv } from '../trips-csv';
import { FirmName } from './FirmName';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

type Opportunity = NonNullable<GrowthData['region']>['growthOpportunities'][number];
type Named = { id: string; name: string; nameZh?: string | null };

const CHART = { width: 560, height: 260, left: 40, bottom: 40, top: 24, right: 16 };

/**
 * Metroverse's chart: each opportunity placed by how related it is to what the region has (across) and how
 * specialised the region is in it already (up, below 1 by definition). Numbered as the list beside it.
 */
function OpportunityChart({ opportunities }: { opportunities: readonly Opportunity[] }) {
  const { label, language } = useTexts();
  const x = (relatedness: number) => CHART.left + relatedness * (CHART.width - CHART.left - CHART.right);
  const y = (rca: number) => CHART.height - CHART.bottom - rca * (CHART.height - CHART.bottom - CHART.top);
  return (
    <figure className="opportunity-chart" data-testid="opportunity-chart">
      <figcaption>{label.opportunityChart}</figcaption>
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={label.opportunityChart}>
        <line className="axis" x1={CHART.left} y1={y(0)} x2={x(1)} y2={y(0)} />
        <line className="axis" x1={CHART.left} y1={y(0)} x2={CHART.left} y2={y(1)} />
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <text className="tick" x={x(tick)} y={y(0) + 14} textAnchor="middle">
              {percent(tick)}
            </text>
            <text className="tick" x={CHART.left - 4} y={y(tick) + 4} textAnchor="end">
              {tick.toFixed(2)}
            </text>
          </g>
        ))}
        <text className="axis-title" x={x(1)} y={CHART.height - 4} textAnchor="end">
          {label.axisRelatedness}
        </text>
        <text className="axis-title" x={CHART.left} y={CHART.top - 10}>
          {label.axisSpecialisation}
        </text>
        {opportunities.map((opportunity, index) => {
          // Opportunities at the same spot stack upwards, as in a dot plot, so each number stays readable.
          const twins = opportunities
            .slice(0, index)
            .filter((other) => Math.abs(x(other.relatedness) - x(opportunity.relatedness)) < 14 && other.rca === opportunity.rca);
          const cx = x(opportunity.relatedness);
          const cy = y(opportunity.rca) - 8 - twins.length * 15;
          return (
            <g key={opportunity.link.id} data-testid="opportunity-dot" data-link-id={opportunity.link.id}>
              <circle cx={cx} cy={cy} r={7} />
              <text className="dot-number" x={cx} y={cy + 3.5} textAnchor="middle">
                {index + 1}
              </text>
              <title>{`${index + 1}. ${nameOf(opportunity.link, language)}: ${percent(opportunity.relatedness)} · RCA ${opportunity.rca.toFixed(2)}`}</title>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function Trips({ regionId, chains }: { regionId: string; chains: readonly Named[] }) {
  const { label, language } = useTexts();
  const [chainId, setChainId] = useState(chains[0]?.id ?? '');
  const trips = useQuery(TripsQuery, chainId ? { regionId, chainId } : null);
  const list = trips.data?.recruitmentTrips ?? [];
  const exportCsv = () =>
    downloadText(
      `trips-${regionId}-${chainId}.csv`,
      tripsCsv(
        list.flatMap((trip, index) =>
          trip.candidates.map((candidate) => ({
            trip: index + 1,
            destination: nameOf(trip.destination, language),
            name: candidate.enterprise.name,
            nameZh: candidate.enterprise.nameZh ?? null,
            link: nameOf(candidate.link, language),
            score: candidate.score,
            reasons: candidate.reasons,
          })),
        ),
        language,
      ),
    );
  if (chains.length === 0) return null;
  return (
    <section className="trips" data-testid="trips">
      <h3>
        {label.trips}{' '}
        <label className="inline-label">
          {label.tripsFor}{' '}
          <select value={chainId} onChange={(event) => setChainId(event.target.value)} data-testid="trip-chain">
            {chains.map((chain) => (
              <option key={chain.id} value={chain.id}>
                {nameOf(chain, language)}
              </option>
            ))}
          </select>
        </label>
      </h3>
      <ProblemNote problem={trips.error} />
      {trips.loading && !trips.data && <p className="note">{label.loading}</p>}
      {trips.data && list.length === 0 && <p className="note">{label.noTrips}</p>}
      {list.length > 0 && (
        <>
          <button type="button" onClick={exportCsv} data-testid="export-trips">
            {label.exportTrips}
          </button>
          <ol className="trip-list">
            {list.map((trip) => (
              <li key={trip.destination.id} data-testid="trip" data-destination={trip.destination.id}>
                <h4>
                  <Names named={trip.destination} />{' '}
                  <span className="firm-facts">
                    {language === 'zh'
                      ? `${label.tripFirms}${firms(trip.candidates.length, language)}`
                      : `${firms(trip.candidates.length, language)} ${label.tripFirms}`}{' '}
                    · {label.tripScore} {trip.totalScore.toFixed(2)} ·{' '}
                    {trip.gaps.map((gap) => nameOf(gap, language)).join(language === 'zh' ? '、' : ', ')}
                  </span>
                </h4>
                <ul>
                  {trip.candidates.map((candidate) => (
                    <li key={`${candidate.enterprise.id}/${candidate.link.id}`}>
                      <FirmName firm={candidate.enterprise} />{' '}
                      <span className="firm-facts">
                        {nameOf(candidate.link, language)} · {candidate.score.toFixed(2)}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** Where the region could grow (its growth opportunities and the chains to take up), its peers, and where to travel. */
export function Growth({ regionId, leadingChains }: { regionId: string; leadingChains: readonly Named[] }) {
  const { label, language } = useTexts();
  const growth = useQuery(GrowthQuery, { regionId });
  const region = growth.data?.region;
  if (growth.loading && !growth.data) return <p className="note">{label.loading}</p>;
  if (!region) return <ProblemNote problem={growth.error} />;
  // A chain none of whose links relates to what the region has is no opportunity.
  const relatedChains = region.chainOpportunities.filter((opportunity) => opportunity.relatedness > 0);
  return (
    <div className="growth" data-testid="growth">
      <section className="growth-opportunities">
        <h3>{label.growthOpportunities}</h3>
        <p className="note">{label.growthExplained}</p>
        {region.growthOpportunities.length === 0 ? (
          <p className="note">{label.noGrowth}</p>
        ) : (
          <div className="growth-columns">
            <OpportunityChart opportunities={region.growthOpportunities} />
            <ol className="opportunity-list" data-testid="opportunities">
              {region.growthOpportunities.map((opportunity) => (
                <li key={opportunity.link.id} data-testid="opportunity" data-link-id={opportunity.link.id}>
                  <strong>
                    <Names named={opportunity.link} />
                  </strong>{' '}
                  <span className="firm-facts">
                    {nameOf(opportunity.link.chain, language)} · {label.relatedness} {percent(opportunity.relatedness)} ·{' '}
                    {firms(opportunity.firms, language)}
                  </span>
                  <ul className="reasons">
                    {opportunity.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </div>
        )}
      </section>
      <section>
        <h3>{label.chainOpportunities}</h3>
        {relatedChains.length === 0 ? (
          <p className="note">{label.noChainOpportunities}</p>
        ) : (
          <ul className="chain-opportunities" data-testid="chain-opportunities">
            {relatedChains.map((opportunity) => (
              <li key={opportunity.chain.id}>
                <Names named={opportunity.chain} />{' '}
                <span className="firm-facts">
                  {label.relatedness} {percent(opportunity.relatedness)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>{label.peers}</h3>
        {region.peers.length === 0 ? (
          <p className="note">{label.noPeers}</p>
        ) : (
          <ul className="peers" data-testid="peers">
            {region.peers.map((peer) => (
              <li key={peer.region.id} data-testid="peer">
                <a href={`#region=${encodeURIComponent(peer.region.id)}`}>
                  <Names named={peer.region} />
                </a>{' '}
                <span className="firm-facts">
                  {percent(peer.similarity)} {label.similarity} · {label.sharedLinks}{' '}
                  {peer.sharedLinks.map((link) => nameOf(link, language)).join(language === 'zh' ? '、' : ', ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Trips regionId={regionId} chains={leadingChains} />
    </div>
  );
}
