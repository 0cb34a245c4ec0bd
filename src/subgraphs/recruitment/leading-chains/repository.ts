import type { Driver } from 'neo4j-driver';
import { adoptChainTemplate, type AdoptionResult } from '../../../dataset/adopt-template.js';
import { regionAtOrUnder } from '../../../neo4j/cypher-fragments.js';
import { Neo4jRepository } from '../../../neo4j/repository.js';
import { BUMP_PIPELINE_REVISION, CHAIN_PRIORITY } from '../projects/repository.js';

/** Whether the region exists, and lies at or under `$scope` (null: anywhere). */
export const REGION_IN_SCOPE = `
  OPTIONAL MATCH (region:Region {id: $regionId})
  RETURN region IS NOT NULL AS regionExists,
         $scope IS NULL OR EXISTS { ${regionAtOrUnder('region', ':Region {id: $scope}')} } AS inScope`;

export const DROP_LEADING_CHAIN = `
  MATCH (:Region {id: $regionId})-[priority:PRIORITIZES]->(:Chain {id: $chainId})
  DELETE priority`;

export type ScopeOutcome = { kind: 'ok' } | { kind: 'missing'; what: string } | { kind: 'outOfScope' };
export type DropOutcome = ScopeOutcome | { kind: 'notLeading' };

/** Which chains a region leads: adopting one from the library, dropping one. */
export class LeadingChainsRepository extends Neo4jRepository {
  constructor(driver: Driver) {
    super(driver, 'recruitment');
  }

  async regionInScope(regionId: string, scope: string | null): Promise<ScopeOutcome> {
    const [row] = await this.read<{ regionExists: boolean; inScope: boolean }>('regionInScope', REGION_IN_SCOPE, { regionId, scope });
    if (!row!.regionExists) return { kind: 'missing', what: `no Region '${regionId}'` };
    return row!.inScope ? { kind: 'ok' } : { kind: 'outOfScope' };
  }

  /** Adopts the template as an import does (src/dataset/adopt-template.ts); the caller has checked the scope. */
  adopt(regionId: string, templateId: string, by: string): Promise<AdoptionResult> {
    return adoptChainTemplate(this.driver, regionId, templateId, by);
  }

  drop(regionId: string, chainId: string, scope: string | null): Promise<DropOutcome> {
    return this.write('dropLeadingChain', async (run): Promise<DropOutcome> => {
      const [state] = await run<{ regionExists: boolean; chainExists: boolean; leading: boolean; inScope: boolean }>(CHAIN_PRIORITY, {
        regionId,
        chainId,
        scope,
      });
      if (!state!.regionExists) return { kind: 'missing', what: `no Region '${regionId}'` };
      if (!state!.chainExists) return { kind: 'missing', what: `no Chain '${chainId}'` };
      if (!state!.inScope) return { kind: 'outOfScope' };
      if (!state!.leading) return { kind: 'notLeading' };
      await run(DROP_LEADING_CHAIN, { regionId, chainId });
      await run(BUMP_PIPELINE_REVISION);
      return { kind: 'ok' };
    });
  }
}
