import { useCallback, useMemo, useState } from 'react';
import { ChainListQuery, NationalOverviewQuery } from '../api/operations';
import { useQuery } from '../api/use-operation';
import { CHINA_MAP, provinceMapFile } from '../boundaries';
import type { ChainRegionSummaryFieldsFragment } from '../generated/graphql';
import { nameOf, useTexts } from '../i18n';
import { GeoMap, type MapArea } from './GeoMap';
import { ProblemNote } from './ProblemBanner';

/** A chain picker over every chain, the first chosen until the planner picks another. */
export function useChainChoice() {
  const chains = useQuery(ChainListQuery, {});
  const [picked, setPicked] = useState<string | null>(null);
  const list = chains.data?.chains ?? [];
  return { chains: list, error: chains.error, chainId: picked ?? list[0]?.id ?? null, pick: setPicked };
}

export function ChainSelect({ choice, testId }: { choice: ReturnType<typeof useChainChoice>; testId: string }) {
  const { language } = useTexts();
  return (
    <select value={choice.chainId ?? ''} onChange={(event) => choice.pick(event.target.value)} data-testid={testId}>
      {choice.chains.map((chain) => (
        <option key={chain.id} value={chain.id}>
          {nameOf(chain, language)}
        </option>
      ))}
    </select>
  );
}

const openRegion = (regionId: string) => {
  location.hash = `region=${encodeURIComponent(regionId)}`;
};

/** The summaries as map areas: provinces by code, prefectures by Chinese name. */
export function mapAreas(summaries: readonly ChainRegionSummaryFieldsFragment[], matchBy: 'id' | 'name'): MapArea[] {
  return summaries.flatMap((summary) => {
    const key = matchBy === 'id' ? summary.region.code : summary.region.nameZh;
    return key
      ? [{ regionId: summary.region.id, key, name: summary.region.name, nameZh: summary.region.nameZh, value: summary.completeness }]
      : [];
  });
}

/** A province's prefectures on its base map, where there is one. */
export function ProvinceMap({
  code,
  summaries,
}: {
  code: string | null | undefined;
  summaries: readonly ChainRegionSummaryFieldsFragment[];
}) {
  const { label } = useTexts();
  const file = provinceMapFile(code);
  const areas = useMemo(() => mapAreas(summaries, 'name'), [summaries]);
  const open = useCallback(openRegion, []);
  if (!file) return null;
  return <GeoMap file={file} matchBy="name" areas={areas} measure={label.completenessMeasure} onOpen={open} />;
}

/** The national view: a chain's completeness in each province, on the map of China. */
export function NationalMap() {
  const { label } = useTexts();
  const choice = useChainChoice();
  const national = useQuery(NationalOverviewQuery, choice.chainId ? { chainId: choice.chainId } : null);
  const summaries = national.data?.nationalOverview.subregions;
  const areas = useMemo(() => mapAreas(summaries ?? [], 'id'), [summaries]);
  const open = useCallback(openRegion, []);
  return (
    <section className="subregions national" data-testid="national-map">
      <h3>
        {label.nationalTitle} <ChainSelect choice={choice} testId="national-chain" />
      </h3>
      <p className="note">{label.nationalExplained}</p>
      <ProblemNote problem={choice.error ?? national.error} />
      {summaries && <GeoMap file={CHINA_MAP} matchBy="id" areas={areas} measure={label.completenessMeasure} onOpen={open} />}
    </section>
  );
}
