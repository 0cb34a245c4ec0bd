import { useCallback, useMemo, useState } from 'react';
import { ChainListQuery, ChainsLedWithinQuery, NationalOverviewQuery } from '../api/operations/growth';
import { useQuery } from '../api/use-operation';
import { CHINA_MAP, provinceMapFile } from '../boundaries';
import type { ChainRegionSummaryFieldsFragment } from '../generated/graphql';
import { nameOf, useTexts } from '../i18n';
import { GeoMap, type MapArea } from './GeoMap';
import { ProblemNote } from './ProblemBanner';

/**
 * A chain picker over every chain. Until the planner picks one it shows the chain most regions within `regionId` lead
 * (a city opens on what its counties lead), else the first chain.
 */
export function useChainChoice(regionId?: string) {
  const chains = useQuery(ChainListQuery, {});
  const led = useQuery(ChainsLedWithinQuery, regionId ? { regionId } : null);
  const [picked, setPicked] = useState<string | null>(null);
  const list = chains.data?.chains ?? [];
  const preferred = led.data?.region?.chainsLedWithin[0]?.id;
  // Wait for the preference rather than show one chain and then switch to another.
  const settled = !regionId || led.data !== undefined || led.error !== undefined;
  const chainId = picked ?? (settled ? (preferred ?? list[0]?.id ?? null) : null);
  return { chains: list, error: chains.error, chainId, pick: setPicked };
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

export type MapMeasure = 'completeness' | 'specialisation';

/** What the map is coloured by, and the switch between completeness and specialisation. */
export function useMapMeasure() {
  const [measure, setMeasure] = useState<MapMeasure>('completeness');
  return { measure, setMeasure };
}

function MeasureSwitch({ choice, testId }: { choice: ReturnType<typeof useMapMeasure>; testId: string }) {
  const { label } = useTexts();
  const options: [MapMeasure, string][] = [
    ['completeness', label.completenessMeasure],
    ['specialisation', label.specialisationMeasure],
  ];
  return (
    <fieldset className="map-measure" data-testid={testId}>
      <legend>{label.colourBy}</legend>
      {options.map(([measure, text]) => (
        <label key={measure}>
          <input
            type="radio"
            name={testId}
            value={measure}
            checked={choice.measure === measure}
            onChange={() => choice.setMeasure(measure)}
          />{' '}
          {text}
        </label>
      ))}
    </fieldset>
  );
}

/** The summaries as map areas: provinces by code, prefectures by Chinese name; coloured by `measure`. */
export function mapAreas(summaries: readonly ChainRegionSummaryFieldsFragment[], matchBy: 'id' | 'name', measure: MapMeasure): MapArea[] {
  return summaries.flatMap((summary) => {
    const key = matchBy === 'id' ? summary.region.code : summary.region.nameZh;
    return key
      ? [{ regionId: summary.region.id, key, name: summary.region.name, nameZh: summary.region.nameZh, value: summary[measure] }]
      : [];
  });
}

/** A map of `summaries` with the switch of what colours it; null without a base map for `file`. */
function MeasuredMap({
  file,
  matchBy,
  summaries,
  testId,
}: {
  file: string;
  matchBy: 'id' | 'name';
  summaries: readonly ChainRegionSummaryFieldsFragment[];
  testId: string;
}) {
  const { label } = useTexts();
  const choice = useMapMeasure();
  const areas = useMemo(() => mapAreas(summaries, matchBy, choice.measure), [summaries, matchBy, choice.measure]);
  const open = useCallback(openRegion, []);
  const specialisation = choice.measure === 'specialisation';
  return (
    <>
      <MeasureSwitch choice={choice} testId={testId} />
      {specialisation && <p className="note">{label.specialisationExplained}</p>}
      <GeoMap
        file={file}
        matchBy={matchBy}
        areas={areas}
        measure={specialisation ? label.specialisationMeasure : label.completenessMeasure}
        palette={choice.measure}
        onOpen={open}
      />
    </>
  );
}

/** A province's prefectures on its base map, where there is one. */
export function ProvinceMap({
  code,
  summaries,
}: {
  code: string | null | undefined;
  summaries: readonly ChainRegionSummaryFieldsFragment[];
}) {
  const file = provinceMapFile(code);
  if (!file) return null;
  return <MeasuredMap file={file} matchBy="name" summaries={summaries} testId="province-measure" />;
}

/** The national view: a chain's completeness (or specialisation) in each province, on the map of China. */
export function NationalMap() {
  const { label } = useTexts();
  const choice = useChainChoice();
  const national = useQuery(NationalOverviewQuery, choice.chainId ? { chainId: choice.chainId } : null);
  const summaries = national.data?.nationalOverview.subregions;
  return (
    <section className="subregions national" data-testid="national-map">
      <h3>
        {label.nationalTitle} <ChainSelect choice={choice} testId="national-chain" />
      </h3>
      <p className="note">{label.nationalExplained}</p>
      <ProblemNote problem={choice.error ?? national.error} />
      {summaries && <MeasuredMap file={CHINA_MAP} matchBy="id" summaries={summaries} testId="national-measure" />}
    </section>
  );
}
