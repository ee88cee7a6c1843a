/**
 * query-guard: decides whether an analyst's Cypher query may run, from the plan Neo4j makes of it (`EXPLAIN`), never
 * from its spelling. A query passes when its plan is read-only and every operator and procedure in it is on an
 * allow-list; anything Neo4j adds later, or any other way to write LOAD CSV or an administration command, is refused
 * because it is not on the list.
 */

/** Why a query was refused; the server answers 400 with it. */
export class QueryRefusedError extends Error {
  override name = 'QueryRefusedError';
}

/** The part of a driver's `ResultSummary` the guard reads. */
export interface PlanSummary {
  queryType: string;
  plan: PlanNode | false;
  /** The database the plan runs on (a `USE` clause can name another). */
  database: string | null;
}

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/**
 * Operators of read plans (Neo4j 5), matched without their runtime suffix (`@neo4j`) and variant (`Expand(All)`).
 * Writes, LOAD CSV, `SHOW`/`TERMINATE` of transactions, settings or users, and administration commands are absent.
 */
const READ_OPERATORS = new Set([
  // leaves: scans and seeks
  'AllNodesScan',
  'PartitionedAllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipUniqueIndexSeekByRange',
  'UndirectedRelationshipUniqueIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'Argument',
  'ArgumentTracker',
  'EmptyRow',
  'Input',
  // expansion and paths
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'PruningVarLengthExpand',
  'BFSPruningVarLengthExpand',
  'ShortestPath',
  'StatefulShortestPath',
  'Trail',
  'Repeat',
  'ProjectEndpoints',
  'NullifyMetadata',
  // rows
  'ProduceResults',
  'Projection',
  'Filter',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Unwind',
  'PartitionedUnwind',
  'Eager',
  'EmptyResult',
  'CacheProperties',
  'CachePropertiesFromStore',
  'Optional',
  'Anti',
  'AssertSameNode',
  'AssertSameRelationship',
  // joins and subqueries
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Union',
  'OrderedUnion',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  // the schema, readable by anyone who can query
  'ShowIndexes',
  'ShowConstraints',
  'ShowFunctions',
  'ShowProcedures',
  'ProcedureCall',
]);

/**
 * Procedures an analyst may call: the graph's own schema and the full-text indexes. Everything under `dbms.*`,
 * `tx.*`, query-cache and configuration procedures, and any plugin's procedures are refused.
 */
const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
]);

/**
 * Characters Cypher reads as white space or line ends but a reader does not see as such (U+0000-U+001F but tab, line
 * feed and carriage return; U+007F-U+009F; the Unicode line and paragraph separators): refused outright, whatever the
 * plan says, since a query that hides its structure from its reader has no business here.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;

export function refuseHiddenCharacters(query: string): void {
  const found = HIDDEN_CHARACTERS.exec(query);
  if (found) {
    const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new QueryRefusedError(
      `cypher: refused: the query contains the control character U+${code} at offset ${found.index}; retype it with plain spaces and line breaks`,
    );
  }
}

/** The operator's name without runtime suffix or variant: `Expand(All)@neo4j` -> `Expand`. */
export function operatorName(operatorType: string): string {
  return operatorType.replace(/@.*$/, '').replace(/\(.*\)$/, '');
}

/** The procedure a `ProcedureCall` operator calls, from its details (`db.labels() :: (label :: STRING)`). */
export function procedureName(node: PlanNode): string {
  const details = String(node.arguments?.Details ?? node.arguments?.Signature ?? '');
  return /^\s*([\w.`]+)\s*\(/.exec(details)?.[1]?.replace(/`/g, '') ?? details;
}

/** Refuses a plan that could write, read outside the graph, or administer the server; returns when it may run. */
export function checkPlan(summary: PlanSummary, homeDatabase: string | null): void {
  if (summary.database !== homeDatabase)
    throw new QueryRefusedError(
      `cypher: refused: the query runs on the database "${summary.database}"; this endpoint reads "${homeDatabase}" only (leave out USE)`,
    );
  if (summary.queryType !== 'r')
    throw new QueryRefusedError(
      `cypher: refused: this endpoint is read-only and the query is of type "${summary.queryType}" (${describeQueryType(summary.queryType)})`,
    );
  if (!summary.plan) throw new QueryRefusedError('cypher: refused: Neo4j gave no plan for the query');
  const pending: PlanNode[] = [summary.plan];
  while (pending.length) {
    const node = pending.pop()!;
    const operator = operatorName(node.operatorType);
    if (!READ_OPERATORS.has(operator))
      throw new QueryRefusedError(
        `cypher: refused: the operator ${operator} is not allowed (LOAD CSV, administration and transaction commands are for the database administrator); this endpoint is read-only`,
      );
    if (operator === 'ProcedureCall') {
      const procedure = procedureName(node);
      if (!ALLOWED_PROCEDURES.has(procedure))
        throw new QueryRefusedError(
          `cypher: refused: the procedure ${procedure} is not allowed; allowed are ${[...ALLOWED_PROCEDURES].join(', ')}`,
        );
    }
    pending.push(...(node.children ?? []));
  }
}

function describeQueryType(type: string): string {
  switch (type) {
    case 'w':
    case 'rw':
      return 'it writes';
    case 's':
      return 'it changes the schema or administers the server';
    default:
      return 'not a read';
  }
}
