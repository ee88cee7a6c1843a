/**
 * attack-forms: Cypher an attacker sends to the analysts' endpoint to read files, reach other hosts, administer the
 * server or write: each must be refused. Shared by the security tests and `npm run attack`.
 */

export interface AttackForm {
  name: string;
  query: string;
  params?: Record<string, unknown>;
}

/** Cypher reads these as white space; JavaScript's `\s` does not match most of them. */
const HIDDEN_SPACES = [...Array.from({ length: 32 }, (_, code) => code), 0x85, 0x2028, 0x2029].filter(
  (code) => code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x20,
);

/** The forms, with `canaryUrl` a URL on this machine that must never be fetched. */
export function attackForms(canaryUrl: string): AttackForm[] {
  const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return [
    { name: 'LOAD CSV of a file', query: "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l" },
    { name: 'LOAD CSV WITH HEADERS', query: "LOAD CSV WITH HEADERS FROM 'file:///etc/hostname' AS l RETURN l" },
    { name: 'lower-case load csv', query: "load csv from 'file:///etc/hostname' as l return l" },
    { name: 'LOAD CSV split by a comment', query: "LOAD/**/CSV FROM 'file:///etc/hostname' AS l RETURN l" },
    { name: 'LOAD CSV of a URL', query: `LOAD CSV FROM '${canaryUrl}' AS l RETURN l` },
    {
      name: 'LOAD CSV of a URL given as a parameter',
      query: 'LOAD CSV FROM $url AS l RETURN l',
      params: { url: canaryUrl },
    },
    { name: 'LOAD CSV in a subquery', query: "CALL { LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l } RETURN l" },
    {
      name: 'LOAD CSV in a correlated subquery',
      query: `UNWIND [1] AS x CALL (x) { LOAD CSV FROM '${canaryUrl}' AS l RETURN l } RETURN l`,
    },
    {
      name: 'LOAD CSV behind runtime options',
      query: "CYPHER runtime=slotted LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l",
    },
    {
      name: 'LOAD CSV after a // comment ended by \\r',
      query: "RETURN 1 AS x //x\rUNION ALL LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l[0] AS x",
    },
    {
      name: 'LOAD CSV after a // comment ended by U+2028',
      query: "RETURN 1 AS x //x\u2028UNION ALL LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l[0] AS x",
    },
    {
      name: 'LOAD CSV after a // comment ended by U+0085',
      query: "RETURN 1 AS x //x\u0085UNION ALL LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l[0] AS x",
    },
    ...HIDDEN_SPACES.map((code) => ({
      name: `LOAD${hex(code)}CSV`,
      query: `LOAD${String.fromCodePoint(code)}CSV FROM 'file:///etc/passwd' AS l RETURN l`,
    })),
    { name: 'SHOW TRANSACTIONS', query: 'SHOW TRANSACTIONS YIELD currentQuery, parameters' },
    { name: 'SHOW U+001C TRANSACTIONS', query: 'SHOW\u001cTRANSACTIONS YIELD currentQuery, parameters' },
    { name: 'TERMINATE TRANSACTIONS', query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'" },
    { name: 'TERMINATE U+001C TRANSACTIONS', query: "TERMINATE\u001cTRANSACTIONS 'neo4j-transaction-1'" },
    { name: 'SHOW SETTINGS', query: 'SHOW SETTINGS YIELD name, value' },
    { name: 'SHOW USERS', query: 'SHOW USERS' },
    { name: 'SHOW DATABASES', query: 'SHOW DATABASES' },
    { name: 'SHOW SERVERS', query: 'SHOW SERVERS' },
    { name: 'a backticked dbms.listConfig', query: 'CALL `dbms`.listConfig() YIELD name, value RETURN name, value' },
    { name: 'a backticked dbms.listConnections', query: 'CALL `dbms`.`listConnections`()' },
    { name: 'dbms.listConfig', query: 'CALL dbms.listConfig()' },
    { name: 'dbms.components behind a comment', query: 'CALL /*x*/ dbms.components()' },
    { name: 'db.clearQueryCaches', query: 'CALL db.clearQueryCaches()' },
    { name: 'tx.setMetaData', query: "CALL tx.setMetaData({app: 'x'})" },
    { name: 'db.createLabel', query: "CALL db.createLabel('Hacked')" },
    { name: 'CREATE', query: "CREATE (n:Leader {id: 'leader:intruder', name: 'Intruder'}) RETURN n" },
    { name: 'MERGE', query: "MERGE (n:Nation {id: 'nation:atlantis'}) RETURN n" },
    { name: 'SET', query: "MATCH (n:Leader) SET n.name = 'Renamed' RETURN n" },
    { name: 'DETACH DELETE', query: 'MATCH (n) DETACH DELETE n' },
    { name: 'FOREACH SET', query: "MATCH (n:Leader) FOREACH (x IN [1] | SET n.name = 'Renamed')" },
    { name: 'CALL IN TRANSACTIONS', query: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS' },
    { name: 'CREATE INDEX', query: 'CREATE INDEX hacked FOR (n:Leader) ON (n.hacked)' },
    { name: 'DROP INDEX', query: 'DROP INDEX entity_search' },
    { name: 'CREATE USER', query: "CREATE USER mallory SET PASSWORD 'secret-password'" },
    { name: 'ALTER USER', query: "ALTER USER neo4j SET PASSWORD 'secret-password'" },
    { name: 'CREATE DATABASE', query: 'CREATE DATABASE hacked' },
    { name: 'USE system', query: 'USE system SHOW USERS' },
    { name: 'EXPLAIN prefix', query: "EXPLAIN LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l" },
    { name: 'PROFILE prefix', query: "PROFILE LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l" },
  ];
}
