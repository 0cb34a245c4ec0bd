import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset, EnterpriseInput } from '../../src/dataset/types.js';
import { subtreeOf } from './demo-facts.js';

/**
 * test/fixtures/reports.json and the numbers each report should give on it, computed here from the file's records
 * with the reports' definitions, never from the database.
 */
export const REPORTS_FIXTURE = fileURLToPath(new URL('../fixtures/reports.json', import.meta.url));
const dataset = JSON.parse(readFileSync(REPORTS_FIXTURE, 'utf8')) as Required<Dataset>;
const { regions, parks, chains, enterprises, supplies, projects } = dataset;

const parkRegion = (parkId: string) => parks.find((park) => park.id === parkId)!.regionId;
const regionOfFirm = (firm: EnterpriseInput) => firm.regionId ?? parkRegion(firm.parkId!);
const firmById = (id: string) => enterprises.find((firm) => firm.id === id)!;

const subtree = (regionId: string) => subtreeOf(regions, regionId);

const localTo = (regionId: string) => {
  const ids = subtree(regionId);
  return (firm: EnterpriseInput) => ids.has(regionOfFirm(firm));
};

function industriesOf(firm: EnterpriseInput): Set<string> {
  return new Set(chains.filter((chain) => chain.links.some((link) => firm.linkIds?.includes(link.id))).map((chain) => chain.industryId));
}

const employees = (firms: EnterpriseInput[]) => firms.reduce((sum, firm) => sum + (firm.employees ?? 0), 0);

/** Neo4j's percentileCont: linear interpolation between the closest ranks. */
export function percentileCont(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export function expectedLocationQuotients(regionId: string) {
  const level = regions.find((region) => region.id === regionId)!.level;
  const peers = regions.filter((region) => region.level === level).map((region) => region.id);
  const national = employees(enterprises);
  const industryIds = [...new Set(enterprises.flatMap((firm) => [...industriesOf(firm)]))];
  const rows = industryIds.map((industryId) => {
    const inIndustry = enterprises.filter((firm) => industriesOf(firm).has(industryId));
    const nationalShare = employees(inIndustry) / national;
    const byPeer = peers.map((peer) => {
      const local = enterprises.filter(localTo(peer));
      const localInIndustry = local.filter((firm) => industriesOf(firm).has(industryId));
      const regionEmployees = employees(local);
      const lq = regionEmployees === 0 ? 0 : employees(localInIndustry) / regionEmployees / nationalShare;
      return { peer, employees: employees(localInIndustry), firms: localInIndustry.length, regionEmployees, lq };
    });
    const lqTopQuartile = percentileCont(
      byPeer.map((row) => row.lq),
      0.75,
    );
    const employeesBottomQuartile = percentileCont(
      byPeer.map((row) => row.employees),
      0.25,
    );
    const firmsBottomQuartile = percentileCont(
      byPeer.map((row) => row.firms),
      0.25,
    );
    const own = byPeer.find((row) => row.peer === regionId)!;
    return {
      industryId,
      employees: own.employees,
      firms: own.firms,
      regionShare: own.employees / own.regionEmployees,
      nationalShare,
      lq: own.lq,
      lqTopQuartile,
      employeesBottomQuartile,
      firmsBottomQuartile,
      strong: own.lq >= 1 && own.lq >= lqTopQuartile && own.employees > employeesBottomQuartile && own.firms > firmsBottomQuartile,
    };
  });
  return rows.filter((row) => row.firms > 0).sort((a, b) => b.lq - a.lq || a.industryId.localeCompare(b.industryId));
}

export function expectedSupplierConcentration(regionId: string, threshold: number) {
  const isLocal = localTo(regionId);
  const customers = [...new Set(supplies.map((supply) => supply.customerId))].filter((id) => isLocal(firmById(id)));
  return customers
    .map((customerId) => {
      const bySupplier = new Map<string, number>();
      for (const supply of supplies.filter((candidate) => candidate.customerId === customerId)) {
        bySupplier.set(supply.supplierId, (bySupplier.get(supply.supplierId) ?? 0) + supply.annualValue);
      }
      const total = [...bySupplier.values()].reduce((sum, value) => sum + value, 0);
      const [topSupplierId, topValue] = [...bySupplier].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
      return {
        enterpriseId: customerId,
        suppliers: bySupplier.size,
        purchases: total,
        herfindahl: [...bySupplier.values()].reduce((sum, value) => sum + (value / total) ** 2, 0),
        topSupplierId,
        topShare: topValue / total,
        singleSource: topValue / total >= threshold,
      };
    })
    .sort((a, b) => b.herfindahl - a.herfindahl || a.enterpriseId.localeCompare(b.enterpriseId));
}

export function expectedLeadingFirmNetwork(regionId: string) {
  const isLocal = localTo(regionId);
  return enterprises
    .filter((firm) => firm.leading && isLocal(firm))
    .map((leader) => {
      const bought = supplies.filter((supply) => supply.customerId === leader.id);
      const local = bought.filter((supply) => isLocal(firmById(supply.supplierId)));
      const outside = bought.filter((supply) => !isLocal(firmById(supply.supplierId)));
      const value = (list: typeof bought) => list.reduce((sum, supply) => sum + supply.annualValue, 0);
      return {
        enterpriseId: leader.id,
        localSuppliers: new Set(local.map((supply) => supply.supplierId)).size,
        localValue: value(local),
        outsideSuppliers: new Set(outside.map((supply) => supply.supplierId)).size,
        outsideValue: value(outside),
        localShare: bought.length === 0 ? null : value(local) / value(bought),
      };
    })
    .sort((a, b) => a.enterpriseId.localeCompare(b.enterpriseId));
}

const STATUS_ORDER = ['LEAD', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING', 'DROPPED'];

/** Projects and investment by status, region and park, in the report's order. */
/**
 * Per place and stage each project reached — imported projects have no history, so a project reached every stage up
 * to where it is, and a dropped one only DROPPED — the projects there now, those that reached it and went on.
 */
export function expectedFunnel(regionId: string | null) {
  const inScope = regionId === null ? () => true : (id: string) => subtree(regionId).has(id);
  const pipeline = STATUS_ORDER.filter((status) => status !== 'DROPPED');
  type Row = {
    status: string;
    regionId: string;
    parkId: string | null;
    projects: number;
    investment: number;
    reached: number;
    wentOn: number;
  };
  const groups = new Map<string, Row>();
  for (const project of projects) {
    const region = project.regionId ?? parkRegion(project.parkId!);
    if (!inScope(region)) continue;
    const reached = project.status === 'DROPPED' ? ['DROPPED'] : pipeline.slice(0, pipeline.indexOf(project.status) + 1);
    for (const status of reached) {
      const key = JSON.stringify([status, region, project.parkId ?? null]);
      const group = groups.get(key) ?? {
        status,
        regionId: region,
        parkId: project.parkId ?? null,
        projects: 0,
        investment: 0,
        reached: 0,
        wentOn: 0,
      };
      group.reached += 1;
      if (status !== 'DROPPED' && reached.includes(pipeline[pipeline.indexOf(status) + 1]!)) group.wentOn += 1;
      if (status === project.status) {
        group.projects += 1;
        group.investment += project.investment ?? 0;
      }
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map(({ wentOn, ...row }) => ({
      ...row,
      conversion: row.status === 'DROPPED' || row.status === 'OPERATING' ? null : wentOn / row.reached,
      medianDays: null,
    }))
    .sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        a.regionId.localeCompare(b.regionId) ||
        // Cypher sorts nulls last.
        (a.parkId ?? '\uffff').localeCompare(b.parkId ?? '\uffff'),
    );
}

export function expectedParkScorecard() {
  return parks
    .map((park) => {
      const firms = enterprises.filter((firm) => firm.parkId === park.id);
      const links = new Set(firms.flatMap((firm) => firm.linkIds ?? []));
      return {
        parkId: park.id,
        park: park.name,
        parkZh: park.nameZh ?? null,
        regionId: park.regionId,
        firms: firms.length,
        revenue: firms.reduce((sum, firm) => sum + (firm.revenue ?? 0), 0),
        jobs: employees(firms),
        leadingFirms: firms.filter((firm) => firm.leading).length,
        chains: chains.filter((chain) => chain.links.some((link) => links.has(link.id))).length,
        links: links.size,
      };
    })
    .sort((a, b) => b.revenue - a.revenue || a.parkId.localeCompare(b.parkId));
}

/** Every node the import of the fixture leaves: its records, and the one holding the dataset's revision. */
export const fixtureNodeCount =
  regions.length +
  parks.length +
  dataset.industries.length +
  chains.length * 2 + // each chain, and the first event of its history (its import)
  chains.reduce((sum, chain) => sum + chain.links.length, 0) +
  enterprises.length +
  projects.length +
  1 + // the dataset's revision
  dataset.priorities.length; // the first completeness point of each leading chain, recorded by the import
