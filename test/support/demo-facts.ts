import { buildDemoDataset } from '../../seeds/demo/build.js';
import type { EnterpriseInput, RegionInput } from '../../src/dataset/types.js';

/**
 * Facts about the demo dataset computed from its records, not from the database, so tests compare what the API
 * answers with what the file says.
 */
export const demo = buildDemoDataset();
const regions = demo.regions ?? [];
const parks = demo.parks ?? [];
export const demoEnterprises: EnterpriseInput[] = demo.enterprises ?? [];
export const demoSupplies = demo.supplies ?? [];

export function demoEnterprise(id: string): EnterpriseInput {
  const enterprise = demoEnterprises.find((candidate) => candidate.id === id);
  if (!enterprise) throw new Error(`no demo enterprise ${id}`);
  return enterprise;
}

/** The region an enterprise is in: its own, or its park's. */
export function regionOf(enterprise: EnterpriseInput): string {
  return enterprise.regionId ?? parks.find((park) => park.id === enterprise.parkId)!.regionId;
}

/** A region and every region under it, in a list of regions. */
export function subtreeOf(regions: readonly RegionInput[], regionId: string): Set<string> {
  const subtree = new Set([regionId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const region of regions) {
      if (region.parentId && subtree.has(region.parentId) && !subtree.has(region.id)) {
        subtree.add(region.id);
        grew = true;
      }
    }
  }
  return subtree;
}

/** A demo region and every region under it. */
export function regionSubtree(regionId: string): Set<string> {
  return subtreeOf(regions, regionId);
}

export function enterpriseIdsInRegion(regionId: string): string[] {
  const subtree = regionSubtree(regionId);
  return demoEnterprises
    .filter((enterprise) => subtree.has(regionOf(enterprise)))
    .map((enterprise) => enterprise.id)
    .sort();
}
