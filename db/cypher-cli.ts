/**
 * cypher-cli: `npm run cypher -- [--format json|table] "QUERY"`: runs a read-only query (Neo4j itself refuses writes
 * in a read transaction) and prints the result, like cypher-shell.
 */
import { Command, Option } from 'commander';
import { connect } from './connection.js';
import { toPlain } from './values.js';

const program = new Command('cypher')
  .description('run a read-only Cypher query against the graph')
  .argument('<query>', 'the Cypher query')
  .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
  .option(
    '--param <name=json>',
    'a query parameter, e.g. --param name=\'"Jane Doe"\' (repeatable)',
    (value: string, previous: Record<string, unknown> = {}) => {
      const at = value.indexOf('=');
      if (at < 1) throw new Error(`cypher: invalid --param "${value}"; expecting name=JSON`);
      return { ...previous, [value.slice(0, at)]: JSON.parse(value.slice(at + 1)) };
    },
  )
  .action(async (query: string, options: { format: 'table' | 'json'; param?: Record<string, unknown> }) => {
    const graph = await connect({ log: (line) => console.error(line) });
    try {
      const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
      try {
        const result = await session.executeRead((tx) => tx.run(query, options.param ?? {}));
        const columns = result.records[0]?.keys.map(String) ?? [];
        const rows = result.records.map((record) =>
          Object.fromEntries(columns.map((column) => [column, toPlain(record.get(column))])),
        );
        if (options.format === 'json') console.log(JSON.stringify(rows, null, 2));
        else printTable(columns, rows);
      } finally {
        await session.close();
      }
    } finally {
      await graph.close();
    }
  });

function printTable(columns: string[], rows: Record<string, unknown>[]): void {
  if (columns.length === 0) {
    console.log('(no rows)');
    return;
  }
  const cell = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null'));
  const widths = columns.map((column) =>
    Math.min(60, Math.max(column.length, ...rows.map((row) => cell(row[column]).length))),
  );
  const line = (values: string[]) =>
    '| ' + values.map((value, i) => value.slice(0, widths[i]).padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(line(columns));
  console.log('|' + widths.map((width) => '-'.repeat(width + 2)).join('|') + '|');
  for (const row of rows) console.log(line(columns.map((column) => cell(row[column]))));
  console.log(`${rows.length} row(s)`);
}

program.parseAsync().catch((error: Error & { code?: string }) => {
  console.error(`cypher: ${error.code ? `${error.code}: ` : ''}${error.message.split('\n')[0]}`);
  process.exitCode = 1;
});
