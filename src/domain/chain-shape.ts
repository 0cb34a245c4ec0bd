/**
 * A chain's shape: its FEEDS edges must name its own links, flow one way (a DAG) and connect every link. The library's
 * templates and an admin's edit of a chain are held to it alike.
 */
export interface Feed {
  from: string;
  to: string;
}

/** Everything wrong with the feeds between these links, each in words saying what to fix; empty when sound. */
export function chainShapeProblems(linkIds: readonly string[], feeds: readonly Feed[]): string[] {
  const known = new Set(linkIds);
  const problems: string[] = [];
  for (const { from, to } of feeds) {
    if (!known.has(from) || !known.has(to)) problems.push(`feed '${from}>${to}' names a link the chain does not have`);
    if (from === to) problems.push(`feed '${from}>${to}' feeds a link into itself`);
  }
  if (problems.length > 0 || linkIds.length === 0) return problems;
  const cycle = cycleIn(linkIds, feeds);
  if (cycle) problems.push(`the feeds go round in a circle: ${cycle.join(' > ')}; a chain flows one way`);
  const reached = reachableUndirected(feeds, linkIds[0]!);
  const apart = linkIds.filter((id) => !reached.has(id));
  if (apart.length > 0) problems.push(`links ${apart.join(', ')} are fed by nothing of the chain and feed nothing of it: connect them`);
  return problems;
}

/** A cycle of the directed graph (its first link repeated at the end), or undefined. */
function cycleIn(linkIds: readonly string[], feeds: readonly Feed[]): string[] | undefined {
  const next = new Map(linkIds.map((id) => [id, feeds.filter((feed) => feed.from === id).map((feed) => feed.to)]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const to of next.get(id)!) {
      const found = visit(to);
      if (found) return found;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of linkIds) {
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}

function reachableUndirected(feeds: readonly Feed[], start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const { from, to } of feeds) {
      const other = from === id ? to : to === id ? from : undefined;
      if (other && !seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return seen;
}
