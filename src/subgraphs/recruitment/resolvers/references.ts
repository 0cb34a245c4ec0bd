/** Entities another subgraph resolves, by their ids. */
export const references = (ids: readonly string[]) => ids.map((id) => ({ id }));
