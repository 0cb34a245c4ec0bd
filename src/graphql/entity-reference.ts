/** An entity owned by another subgraph, known in this one by its key only (the gateway fetches the rest). */
export interface EntityReference {
  id: string;
}

/** A reference that also carries the entity's names, for fields declared with `@provides(fields: "name nameZh")`. */
export interface NamedEntityReference extends EntityReference {
  name?: string;
  nameZh?: string | null;
}
