/** An entity owned by another subgraph, known in this one by its key only (the gateway fetches the rest). */
export interface EntityReference {
  id: string;
}
