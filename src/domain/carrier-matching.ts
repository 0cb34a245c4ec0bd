/**
 * A project's site need and the carriers (载体) that meet it (docs/domain.md, "Carriers"): the AVAILABLE carriers of
 * the kind needed, at or under the project's region (the caller's query), meeting every figure stated — smallest
 * adequate area first, then the earliest available (a carrier without a date is available now), then by id.
 * Pure: plain data in, the matches with why each meets the need out.
 */
import type { Language } from './readable-numbers.js';
import type { CarrierKind, CarrierStatus } from './vocabulary.js';

export interface SiteNeed {
  kind: CarrierKind;
  minAreaM2: number;
  powerKva?: number | null;
  floorLoadKgPerM2?: number | null;
}

export interface CarrierFacts {
  id: string;
  kind: CarrierKind;
  status: CarrierStatus;
  areaM2: number;
  /** YYYY-MM-DD; null when it can be moved into now. */
  availableFrom: string | null;
  powerKva: number | null;
  floorLoadKgPerM2: number | null;
}

/** The figures of a need a carrier falls short of, in order; empty when it meets every one. */
function shortfalls(need: SiteNeed, carrier: CarrierFacts): string[] {
  const short: string[] = [];
  if (carrier.areaM2 < need.minAreaM2) short.push('area');
  if (need.powerKva != null && (carrier.powerKva === null || carrier.powerKva < need.powerKva)) short.push('power');
  if (need.floorLoadKgPerM2 != null && (carrier.floorLoadKgPerM2 === null || carrier.floorLoadKgPerM2 < need.floorLoadKgPerM2)) {
    short.push('floorLoad');
  }
  return short;
}

export function matchingCarriers<Carrier extends CarrierFacts>(need: SiteNeed, carriers: readonly Carrier[], first: number): Carrier[] {
  return carriers
    .filter((carrier) => carrier.status === 'AVAILABLE' && carrier.kind === need.kind && shortfalls(need, carrier).length === 0)
    .sort(
      (a, b) =>
        a.areaM2 - b.areaM2 || (a.availableFrom ?? '').localeCompare(b.availableFrom ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, first);
}

/** Why a matching carrier meets the need, a sentence per figure, as a planner reads it. */
export function matchReasons(need: SiteNeed, carrier: CarrierFacts, language: Language): string[] {
  const zh = language === 'zh';
  const n = (value: number) => value.toLocaleString('en-US');
  const reasons = [
    zh ? `面积${n(carrier.areaM2)}平方米（需要${n(need.minAreaM2)}）` : `${n(carrier.areaM2)} m² for the ${n(need.minAreaM2)} m² needed`,
  ];
  if (need.powerKva != null) {
    reasons.push(
      zh
        ? `电力${n(carrier.powerKva!)} kVA（需要${n(need.powerKva)}）`
        : `${n(carrier.powerKva!)} kVA of power for the ${n(need.powerKva)} needed`,
    );
  }
  if (need.floorLoadKgPerM2 != null) {
    reasons.push(
      zh
        ? `承重${n(carrier.floorLoadKgPerM2!)} kg/m²（需要${n(need.floorLoadKgPerM2)}）`
        : `floors bear ${n(carrier.floorLoadKgPerM2!)} kg/m² for the ${n(need.floorLoadKgPerM2)} needed`,
    );
  }
  reasons.push(
    carrier.availableFrom === null
      ? zh
        ? '现在即可入驻'
        : 'available now'
      : zh
        ? `${carrier.availableFrom}起可入驻`
        : `available from ${carrier.availableFrom}`,
  );
  return reasons;
}
