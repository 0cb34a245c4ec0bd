import { SubregionOverviewQuery } from '../api/operations/growth';
import { useQuery } from '../api/use-operation';
import { percent } from '../../domain/readable-numbers';
import type { ChainRegionSummaryFieldsFragment } from '../generated/graphql';
import { useTexts } from '../i18n';
import { ChainSelect, ProvinceMap, useChainChoice } from './ChainAcrossRegions';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

function SummaryRow({ summary, own }: { summary: ChainRegionSummaryFieldsFragment; own?: boolean }) {
  const { label } = useTexts();
  return (
    <tr className={own ? 'roll-up' : undefined} data-testid={own ? 'roll-up' : 'subregion'} data-region-id={summary.region.id}>
      <th scope="row">
        {own ? (
          <>
            {label.wholeRegion} (<Names named={summary.region} />)
          </>
        ) : (
          <a href={`#region=${encodeURIComponent(summary.region.id)}`}>
            <Names named={summary.region} />
          </a>
        )}
      </th>
      <td>
        <span className="completeness-bar" aria-hidden="true">
          <span style={{ width: percent(summary.completeness) }} />
        </span>{' '}
        {percent(summary.completeness)} ({summary.presentLinkCount}/{summary.linkCount})
      </td>
      <td>{summary.fillCount}</td>
      <td>{summary.extendCount}</td>
      <td>{summary.strengthenCount}</td>
      <td>{summary.leadingRegionCount}</td>
      <td>{percent(summary.specialisation)}</td>
    </tr>
  );
}

/**
 * One chain across the regions directly under a region, most complete first, with the region as a whole — where the
 * chain is strong, and where its gaps are: a city's or province's regions, a county's townships (乡镇/街道).
 */
export function Subregions({
  regionId,
  level,
  code,
  hideWhenEmpty = false,
}: {
  regionId: string;
  level: string;
  code: string | null | undefined;
  /** Show nothing when no region lies under this one (a county without its townships loaded). */
  hideWhenEmpty?: boolean;
}) {
  const { label, gapKind } = useTexts();
  const choice = useChainChoice(regionId);
  const { chainId } = choice;
  const overview = useQuery(SubregionOverviewQuery, chainId ? { regionId, chainId } : null);
  const data = overview.data?.region?.subregionOverview;
  if (hideWhenEmpty && (!data || data.subregions.length === 0)) return null;
  const townships = level === 'COUNTY' || level === 'DISTRICT';
  return (
    <section className="subregions" data-testid="subregions">
      <h3>
        {townships ? label.townshipsTitle : label.subregionsTitle} <ChainSelect choice={choice} testId="subregion-chain" />
      </h3>
      <p className="note">{label.subregionsExplained}</p>
      <ProblemNote problem={choice.error ?? overview.error} />
      {data && level === 'PROVINCE' && <ProvinceMap code={code} summaries={data.subregions} />}
      {data && (
        <table className="subregion-table">
          <thead>
            <tr>
              <th scope="col">{label.region}</th>
              <th scope="col">{label.completeness}</th>
              <th scope="col">{gapKind.FILL}</th>
              <th scope="col">{gapKind.EXTEND}</th>
              <th scope="col">{gapKind.STRENGTHEN}</th>
              <th scope="col">{label.leadingRegions}</th>
              <th scope="col" title={label.specialisationExplained}>
                {label.specialisationMeasure}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.region && <SummaryRow summary={data.region} own />}
            {data.subregions.map((summary) => (
              <SummaryRow key={summary.region.id} summary={summary} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
