/**
 * POST /api/cypher runs analysts' queries read-only: results come back as a table and a graph, and every kind of
 * write is refused with the database left exactly as it was.
 */
import request from 'supertest';
import type { Express } from 'express';
import type { Graph } from '../../db/connection.js';
import { CypherResponse } from '../../graph-model/api.js';
import { closeApp } from '../../server/app.js';
import { importSamples, testApp } from '../helpers/api.js';
import { count, graphSize, openTestGraph } from '../helpers/graph.js';

let graph: Graph;
let app: Express;
beforeAll(async () => {
  graph = await openTestGraph();
  await importSamples(graph);
  app = testApp(graph, { cypherRowLimit: 5, cypherTimeoutMs: 2000 });
});
afterAll(async () => {
  await closeApp(app);
  await graph.close();
});

/** Everything that would show a write: sizes, names, labels and property keys. */
async function fingerprint() {
  const result = await graph.driver.executeQuery(
    `MATCH (n) WITH count(n) AS nodes, collect(n.name) AS names, sum(size(keys(n))) AS keys
     CALL db.labels() YIELD label WITH nodes, names, keys, collect(label) AS labels
     RETURN nodes, names, keys, labels`,
  );
  return { ...(await graphSize(graph)), ...result.records[0]!.toObject() };
}

describe('POST /api/cypher', () => {
  it('should return a table with plain JSON values and the graph found in the rows', async () => {
    const body = CypherResponse.parse(
      (
        await request(app)
          .post('/api/cypher')
          .send({
            query:
              'MATCH (l:Leader {name: $name})-[r:SAID]->(s:Statement) RETURN l.name AS name, r, s, count { (l)--() } AS degree',
            params: { name: 'Liisa Tamm' },
          })
          .expect(200)
      ).body,
    );
    expect(body.columns).toEqual(['name', 'r', 's', 'degree']);
    expect(body.rows[0]!.name).toBe('Liisa Tamm');
    expect(typeof body.rows[0]!.degree).toBe('number');
    expect(body.graph.nodes.map((node) => node.attributes.label)).toContain('Liisa Tamm');
    expect(body.graph.edges.length).toBe(body.rows.length);
    expect(body.graph.edges[0]!.attributes.relType).toBe('SAID');
  });

  it('should turn paths into nodes and edges', async () => {
    const body = CypherResponse.parse(
      (
        await request(app)
          .post('/api/cypher')
          .send({ query: 'MATCH p = (:Leader)-[:ATTENDED]->(:Event) RETURN p LIMIT 1' })
          .expect(200)
      ).body,
    );
    expect(body.graph.nodes).toHaveLength(2);
    expect(body.graph.edges).toHaveLength(1);
  });

  it('should cap the rows and say the result was truncated', async () => {
    const body = CypherResponse.parse(
      (await request(app).post('/api/cypher').send({ query: 'UNWIND range(1, 100) AS i RETURN i' }).expect(200)).body,
    );
    expect(body.rows).toHaveLength(5);
    expect(body.truncated).toBe(true);
  });

  it('should give the columns of an empty result', async () => {
    const body = CypherResponse.parse(
      (
        await request(app)
          .post('/api/cypher')
          .send({ query: 'MATCH (n:Leader {name: "Nobody"}) RETURN n.name AS name' })
          .expect(200)
      ).body,
    );
    expect(body.columns).toEqual(['name']);
    expect(body.rows).toEqual([]);
  });

  it('should answer 400 with Neo4j message and code for a syntax error', async () => {
    const response = await request(app).post('/api/cypher').send({ query: 'MATCH (n RETURN n' }).expect(400);
    expect(response.type).toBe('application/problem+json');
    expect(response.body.code).toBe('Neo.ClientError.Statement.SyntaxError');
  });

  it('should stop a query that runs past the timeout', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .send({ query: 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i)' })
      .expect(400);
    expect(response.body.detail).toMatch(/longer than 2000 ms/);
  });

  it('should answer 400 naming the field when the query is missing', async () => {
    const response = await request(app).post('/api/cypher').send({ params: {} }).expect(400);
    expect(response.body.field).toBe('query');
  });

  const WRITES: [string, string][] = [
    ['CREATE', "CREATE (n:Leader {id: 'leader:intruder', name: 'Intruder'}) RETURN n"],
    ['MERGE', "MERGE (n:Nation {id: 'nation:atlantis'}) RETURN n"],
    ['SET', "MATCH (n:Leader) SET n.name = 'Renamed' RETURN n"],
    ['SET a label', 'MATCH (n:Leader) SET n:Hacked RETURN n'],
    ['REMOVE', 'MATCH (n:Leader) REMOVE n.role RETURN n'],
    ['DELETE', 'MATCH (:Leader)-[r:SAID]->() DELETE r'],
    ['DETACH DELETE', 'MATCH (n:Leader) DETACH DELETE n'],
    ['a write hidden after WITH', "MATCH (n:Leader) WITH n LIMIT 1 CREATE (n)-[:MET]->(:Leader {name: 'Ghost'})"],
    ['a write in a subquery', "CALL { CREATE (x:Topic {name: 'sneaky'}) RETURN x } RETURN x"],
    ['a write procedure', "CALL db.createLabel('Hacked')"],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ['an administration command', 'SHOW USERS'],
    ['a dbms procedure', 'CALL dbms.listConfig() YIELD name RETURN name'],
    ['CREATE USER', "CREATE USER mallory SET PASSWORD 'secret-password'"],
  ];

  it.each(WRITES)('should refuse %s and leave the database unchanged', async (_kind, query) => {
    const before = await fingerprint();
    const response = await request(app).post('/api/cypher').send({ query }).expect(400);
    expect(response.type).toBe('application/problem+json');
    expect(response.body.detail).toMatch(/read-only|refused|not allowed/i);
    expect(await fingerprint()).toEqual(before);
    expect(
      await count(graph, "MATCH (n) WHERE n.name IN ['Intruder', 'Renamed', 'Ghost', 'sneaky'] RETURN count(n)"),
    ).toBe(0);
  });

  it.each([['USE system MATCH (n) RETURN n'], ['USE system RETURN 1'], ['CALL { USE system RETURN 1 AS x } RETURN x']])(
    'should refuse a query that reads another database: %s',
    async (query) => {
      const response = await request(app).post('/api/cypher').send({ query }).expect(400);
      expect(response.type).toBe('application/problem+json');
      expect(response.body.detail).toMatch(/^cypher: /);
    },
  );

  it('should still allow reading the schema', async () => {
    const body = CypherResponse.parse(
      (await request(app).post('/api/cypher').send({ query: 'SHOW INDEXES YIELD name RETURN name' }).expect(200)).body,
    );
    expect(body.rows.map((row) => row.name)).toContain('entity_search');
  });
});
