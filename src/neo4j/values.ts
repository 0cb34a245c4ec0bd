import neo4j from 'neo4j-driver';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A value read from Neo4j as plain JSON: nodes and relationships as their labels or type and properties, paths as
 * their nodes and relationships, temporal values as ISO 8601 strings, points as { srid, x, y[, z] }.
 */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (neo4j.isNode(value)) return { labels: value.labels, properties: toJsonValue(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: toJsonValue(value.properties) };
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toJsonValue),
      relationships: value.segments.map((segment) => toJsonValue(segment.relationship)),
    };
  }
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return z === undefined ? { srid: toJsonValue(srid), x, y } : { srid: toJsonValue(srid), x, y, z };
  }
  if (isTemporal(value)) return value.toString();
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toJsonValue(entry)]));
  }
  return String(value);
}

function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}
