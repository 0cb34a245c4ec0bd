import { peers } from '../../../domain/relatedness.js';
import { readRelatednessModel } from '../../../facts/relatedness.js';
import type { ComputedReport } from '../catalogue.js';

/** The names of the regions at `$ids`. */
export const REGION_NAMES = `
  UNWIND $ids AS id
  MATCH (region:Region {id: id})
  RETURN region.id AS id, region.name AS name, region.nameZh AS nameZh`;

export const peersReport: ComputedReport = {
  kind: 'computed',
  name: 'peers',
  file: 'src/subgraphs/reports/catalogue/peers.ts',
  columns: ['regionId', 'region', 'regionZh', 'similarity', 'sharedLinkIds'],
  description: `Regions of the same level whose specialisations resemble the region's (对标), as Region.peers: the Jaccard similarity of the links each is specialised in (RCA by firm counts >= 1, against the firms of every county and district), most similar first (docs/domain.md, "Where to grow").`,
  parameters: [
    {
      name: 'regionId',
      type: 'ID',
      required: true,
      default: null,
      description: 'The region; firms in it, in its parks and in every region under it count.',
    },
  ],
  async compute(facts, params) {
    const model = await readRelatednessModel(facts.relatedness);
    const found = peers(model.space, params.regionId as string);
    const names = await facts.rows<{ id: string; name: string; nameZh: string | null }>('peers:regionNames', REGION_NAMES, {
      ids: found.map((peer) => peer.regionId),
    });
    const nameOf = new Map(names.map((region) => [region.id, region]));
    return found.map((peer) => ({
      regionId: peer.regionId,
      region: nameOf.get(peer.regionId)!.name,
      regionZh: nameOf.get(peer.regionId)!.nameZh,
      similarity: peer.similarity,
      sharedLinkIds: peer.sharedLinkIds,
    }));
  },
};
