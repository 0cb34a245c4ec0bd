import type { Driver } from 'neo4j-driver';
import { adoptChainTemplate, type AdoptionResult } from '../../../dataset/adopt-template.js';
import { regionAtOrUnder } from '../../../neo4j/cypher-fragments.js';
import type { RunQuery } from '../../../neo4j/driver.js';
import { Neo4jRepository } from '../../../neo4j/repository.js';
import { BUMP_PIPELINE_REVISION, type ChangeAuthor } from '../projects/repository.js';

/** Whether the region exists, and lies at or under `$scope` (null: anywhere). */
export const REGION_IN_SCOPE = `
  OPTIONAL MATCH (region:Region {id: $regionId})
  RETURN region IS NOT NULL AS regionExists,
         $scope IS NULL OR EXISTS { ${regionAtOrUnder('region', ':Region {id: $scope}')} } AS inScope`;

export const DROP_LEADING_CHAIN = `
  MATCH (:Region {id: $regionId})-[priority:PRIORITIZES]->(:Chain {id: $chainId})
  DELETE priority`;

/** Whether the region leads the chain and lies in `$scope`; then names its chief (an empty name removes it). */
export const CHAIN_PRIORITY = `
  OPTIONAL MATCH (region:Region {id: $regionId})
  OPTIONAL MATCH (chain:Chain {id: $chainId})
  RETURN region IS NOT NULL AS regionExists, chain IS NOT NULL AS chainExists,
         EXISTS { (region)-[:PRIORITIZES]->(chain) } AS leading,
         $scope IS NULL OR EXISTS { ${regionAtOrUnder('region', ':Region {id: $scope}')} } AS inScope`;

export const SET_CHAIN_CHIEF = `
  MATCH (:Region {id: $regionId})-[priority:PRIORITIZES]->(:Chain {id: $chainId})
  SET priority.chief = CASE WHEN $name = '' THEN null ELSE $name END, priority.chiefSetAt = datetime(), priority.chiefSetBy = $by`;

export type ScopeOutcome = { kind: 'ok' } | { kind: 'missing'; what: string } | { kind: 'outOfScope' };
/** What became of a change to a leading chain of a region; nothing is written unless it is `ok`. */
export type LeadingChainOutcome = ScopeOutcome | { kind: 'notLeading' };

/** Which chains a region leads and who leads them: adopting one from the library, dropping one, naming its chief. */
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

  drop(regionId: string, chainId: string, scope: string | null): Promise<LeadingChainOutcome> {
    return this.changeLeadingChain('dropLeadingChain', regionId, chainId, scope, (run) => run(DROP_LEADING_CHAIN, { regionId, chainId }));
  }

  /** Names the chain chief of a leading chain of the region; the analyses (which carry it) are read anew. */
  setChainChief(regionId: string, chainId: string, name: string, { by, scope }: ChangeAuthor): Promise<LeadingChainOutcome> {
    return this.changeLeadingChain('setChainChief', regionId, chainId, scope, (run) =>
      run(SET_CHAIN_CHIEF, { regionId, chainId, name, by }),
    );
  }

  /** One change to a leading chain of a region in `scope`, all or nothing; the analyses are read anew after it. */
  private changeLeadingChain(
    name: string,
    regionId: string,
    chainId: string,
    scope: string | null,
    change: (run: RunQuery) => Promise<unknown>,
  ): Promise<LeadingChainOutcome> {
    return this.write(name, async (run): Promise<LeadingChainOutcome> => {
      const [state] = await run<{ regionExists: boolean; chainExists: boolean; leading: boolean; inScope: boolean }>(CHAIN_PRIORITY, {
        regionId,
        chainId,
        scope,
      });
      if (!state!.regionExists) return { kind: 'missing', what: `no Region '${regionId}'` };
      if (!state!.chainExists) return { kind: 'missing', what: `no Chain '${chainId}'` };
      if (!state!.inScope) return { kind: 'outOfScope' };
      if (!state!.leading) return { kind: 'notLeading' };
      await change(run);
      await run(BUMP_PIPELINE_REVISION);
      return { kind: 'ok' };
    });
  }
}
