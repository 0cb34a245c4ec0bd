import { useState } from 'react';
import { RegionCarriersQuery } from '../api/operations/carriers';
import { useQuery } from '../api/use-operation';
import type { CarrierKind, RegionCarriersQuery as RegionCarriers } from '../generated/graphql';
import { nameOf, useTexts } from '../i18n';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

type Carrier = NonNullable<RegionCarriers['region']>['carriers'][number];
const KINDS: CarrierKind[] = ['STANDARD_FACTORY', 'LAND', 'OFFICE', 'WAREHOUSE'];

/** The sites (载体) the region's parks offer, park by park: free ones only by default, of one kind or all. */
export function Carriers({ regionId }: { regionId: string }) {
  const texts = useTexts();
  const { carriers: words, language } = texts;
  const [onlyAvailable, setOnlyAvailable] = useState(true);
  const [kind, setKind] = useState<CarrierKind | ''>('');
  const answer = useQuery(RegionCarriersQuery, { regionId, status: onlyAvailable ? 'AVAILABLE' : null, kind: kind || null });
  const carriers = answer.data?.region?.carriers ?? [];
  const parks = [...new Map(carriers.map((carrier) => [carrier.park.id, carrier.park])).values()];
  const number = (value: number) => value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en');
  const figure = (value: number | null | undefined) => (value === null || value === undefined ? '—' : number(value));
  const area = carriers.reduce((sum, carrier) => sum + carrier.areaM2, 0);

  return (
    <div className="carriers" data-testid="carriers">
      <p className="note">{words.intro}</p>
      <p className="carrier-filters">
        <label>
          <input
            type="checkbox"
            checked={onlyAvailable}
            onChange={(event) => setOnlyAvailable(event.target.checked)}
            data-testid="only-available"
          />{' '}
          {words.onlyAvailable}
        </label>{' '}
        <label>
          {words.kindLabel}{' '}
          <select value={kind} onChange={(event) => setKind(event.target.value as CarrierKind | '')} data-testid="carrier-kind">
            <option value="">{words.allKinds}</option>
            {KINDS.map((choice) => (
              <option key={choice} value={choice}>
                {words.kind[choice]}
              </option>
            ))}
          </select>
        </label>
      </p>
      <ProblemNote problem={answer.error} />
      {answer.data && carriers.length === 0 && <p className="note">{words.none}</p>}
      {carriers.length > 0 && (
        <p className="firm-facts" data-testid="carrier-total">
          {words.total(carriers.length, number(area))}
        </p>
      )}
      {parks.map((park) => (
        <section key={park.id} className="carrier-park" data-testid="carrier-park" data-park-id={park.id}>
          <h3>
            <Names named={park} />
          </h3>
          <table className="candidate-table">
            <thead>
              <tr>
                <th>{words.name}</th>
                <th>{words.kindLabel}</th>
                <th>{words.area}</th>
                <th>{words.availableFrom}</th>
                <th>{words.statusLabel}</th>
                <th>{words.power}</th>
                <th>{words.floorLoad}</th>
                <th>{words.rent}</th>
              </tr>
            </thead>
            <tbody>
              {carriers
                .filter((carrier) => carrier.park.id === park.id)
                .map((carrier: Carrier) => (
                  <tr key={carrier.id} data-testid="carrier" data-carrier-id={carrier.id}>
                    <td>{nameOf(carrier, language)}</td>
                    <td>{words.kind[carrier.kind]}</td>
                    <td>{number(carrier.areaM2)}</td>
                    <td>{carrier.availableFrom ?? words.now}</td>
                    <td>{words.status[carrier.status]}</td>
                    <td>{figure(carrier.powerKva)}</td>
                    <td>{figure(carrier.floorLoadKgPerM2)}</td>
                    <td>{figure(carrier.rentYuanPerM2Month)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
