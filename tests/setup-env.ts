/** Every test file talks to the test Neo4j chosen in global-setup.ts. */
if (!process.env.NEO4J_URI) process.env.NEO4J_LOCAL_DIR ??= '.neo4j-test';
