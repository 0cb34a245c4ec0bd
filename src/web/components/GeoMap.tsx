import { useEffect, useRef, useState } from 'react';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { percent } from '../../domain/readable-numbers';
import { BOUNDARIES_URL } from '../boundaries';
import { nameOf, useTexts } from '../i18n';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);

export interface MapArea {
  regionId: string;
  /** How the area is found on the base map: its code (provinces) or its Chinese name (prefectures). */
  key: string;
  name: string;
  nameZh?: string | null;
  /** 0..1, the colour. */
  value: number;
}

interface GeoMapProps {
  /** The base-map file under /map/boundaries/. */
  file: string;
  /** Which feature property the keys match: `id` (codes) or `name` (Chinese names). */
  matchBy: 'id' | 'name';
  areas: readonly MapArea[];
  /** What the colour says, for the legend. */
  measure: string;
  /** Which scale colours the areas: completeness runs red to green, specialisation pale to deep blue. */
  palette: 'completeness' | 'specialisation';
  onOpen(regionId: string): void;
}

type GeoJson = Parameters<typeof echarts.registerMap>[1] & {
  features: { properties: { id?: string; name: string; cp?: [number, number] } }[];
};

/**
 * A choropleth of regions drawn by Apache ECharts (SVG) over the project's own base map: the areas coloured by
 * `value`, each clickable to open its region, and listed beside the map with their values (readable without it).
 */
const PALETTES: Record<GeoMapProps['palette'], string[]> = {
  completeness: ['#fdecec', '#fff3d6', '#2e7d32'],
  specialisation: ['#eef3fb', '#9ecae1', '#08519c'],
};

export function GeoMap({ file, matchBy, areas, measure, palette, onOpen }: GeoMapProps) {
  const { label, language } = useTexts();
  const element = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [positions, setPositions] = useState<ReadonlyMap<string, [number, number]>>(new Map());

  useEffect(() => {
    if (!element.current) return;
    let chart: echarts.ECharts | undefined;
    let current = true;
    // Until this drawing is done, the list points at nothing: the last drawing's centres are on a disposed chart.
    setPositions(new Map());
    void (async () => {
      try {
        const response = await fetch(`${BOUNDARIES_URL}/${file}`);
        if (!response.ok) throw new Error(`${file}: ${response.status}`);
        const geoJson = (await response.json()) as GeoJson;
        if (!current || !element.current) return;
        echarts.registerMap(file, geoJson);
        chart = echarts.init(element.current, undefined, { renderer: 'svg' });
        const byKey = new Map(areas.map((area) => [area.key, area]));
        chart.setOption({
          tooltip: {
            trigger: 'item',
            formatter: (item: { data?: { area: MapArea } }) =>
              item.data ? `${nameOf(item.data.area, language)}: ${percent(item.data.area.value)}` : '',
          },
          visualMap: {
            min: 0,
            max: 1,
            left: 'left',
            bottom: 0,
            text: ['100%', '0%'],
            calculable: false,
            inRange: { color: PALETTES[palette] },
          },
          series: [
            {
              type: 'map',
              map: file,
              nameProperty: matchBy,
              roam: false,
              selectedMode: false,
              emphasis: { label: { show: true } },
              data: areas.map((area) => ({ name: area.key, value: area.value, area })),
            },
          ],
        });
        chart.on('click', (event) => {
          const area = (event.data as { area?: MapArea } | undefined)?.area;
          if (area) onOpen(area.regionId);
        });
        // Where each area's centre is drawn: what the list beside offers for pointing at it.
        const centres = new Map<string, [number, number]>();
        for (const feature of geoJson.features) {
          const key = matchBy === 'id' ? feature.properties.id : feature.properties.name;
          const area = key ? byKey.get(key) : undefined;
          if (!area || !feature.properties.cp) continue;
          const pixel = chart.convertToPixel({ seriesIndex: 0 }, feature.properties.cp) as [number, number] | undefined;
          if (pixel) centres.set(area.regionId, pixel);
        }
        setPositions(centres);
      } catch {
        if (current) setFailed(true);
      }
    })();
    return () => {
      current = false;
      chart?.dispose();
    };
  }, [file, matchBy, areas, palette, language, onOpen]);

  return (
    <div className="geo-map" data-testid="geo-map">
      {failed ? (
        <p className="note">{label.noBaseMap}</p>
      ) : (
        <div ref={element} className="geo-map-canvas" role="img" aria-label={measure} />
      )}
      <ol className="map-areas" data-testid="map-areas">
        {[...areas]
          .sort((a, b) => b.value - a.value || a.regionId.localeCompare(b.regionId))
          .map((area) => {
            const at = positions.get(area.regionId);
            return (
              <li key={area.regionId} data-testid="map-area" data-region-id={area.regionId} data-x={at?.[0]} data-y={at?.[1]}>
                <a href={`#region=${encodeURIComponent(area.regionId)}`}>{nameOf(area, language)}</a> {percent(area.value)}
              </li>
            );
          })}
      </ol>
    </div>
  );
}
