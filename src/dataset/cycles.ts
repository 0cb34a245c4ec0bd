/**
 * A cycle in a directed graph given as edges, as the list of nodes along it (first node repeated at the end),
 * or undefined when the graph is acyclic. Iterative, so long chains of parents cannot overflow the stack.
 */
export function findCycle(edges: Iterable<readonly [string, string]>): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const targets = next.get(from);
    if (targets) targets.push(to);
    else next.set(from, [to]);
  }
  const DONE = 2;
  const ON_PATH = 1;
  const state = new Map<string, number>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const cursors: number[] = [0];
    state.set(start, ON_PATH);
    while (path.length > 0) {
      const node = path[path.length - 1]!;
      const targets = next.get(node) ?? [];
      const cursor = cursors[cursors.length - 1]!;
      if (cursor >= targets.length) {
        state.set(node, DONE);
        path.pop();
        cursors.pop();
        continue;
      }
      cursors[cursors.length - 1] = cursor + 1;
      const target = targets[cursor]!;
      const seen = state.get(target);
      if (seen === ON_PATH) return [...path.slice(path.indexOf(target)), target];
      if (seen === undefined) {
        state.set(target, ON_PATH);
        path.push(target);
        cursors.push(0);
      }
    }
  }
  return undefined;
}
