import dagre from '@dagrejs/dagre';

export interface LayoutInput {
  /** Link ids in chain order. */
  linkIds: readonly string[];
  /** FEEDS: `from` feeds `to`. */
  feeds: ReadonlyArray<{ from: string; to: string }>;
}

export interface PlacedLink {
  id: string;
  /** Top-left corner. */
  x: number;
  y: number;
}

export interface PlacedFeed {
  from: string;
  to: string;
  /** The polyline from `from` to `to`, avoiding other boxes. */
  points: Array<{ x: number; y: number }>;
}

export interface ChainLayout {
  width: number;
  height: number;
  links: PlacedLink[];
  feeds: PlacedFeed[];
}

export const LINK_BOX = { width: 140, height: 50 } as const;

/**
 * Lays a chain's DAG out left to right with dagre (a Sugiyama layout): every FEEDS edge points rightwards, so the
 * upstream links stand on the left, and crossings are kept few.
 */
export function layoutChain(input: LayoutInput): ChainLayout {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 14, ranksep: 40, marginx: 6, marginy: 6 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of input.linkIds) graph.setNode(id, { width: LINK_BOX.width, height: LINK_BOX.height });
  for (const feed of input.feeds) graph.setEdge(feed.from, feed.to);
  dagre.layout(graph);
  const size = graph.graph();
  return {
    width: size.width ?? 0,
    height: size.height ?? 0,
    links: input.linkIds.map((id) => {
      const centre = graph.node(id);
      return { id, x: (centre.x ?? 0) - LINK_BOX.width / 2, y: (centre.y ?? 0) - LINK_BOX.height / 2 };
    }),
    feeds: input.feeds.map((feed) => ({ ...feed, points: graph.edge(feed.from, feed.to)?.points ?? [] })),
  };
}
