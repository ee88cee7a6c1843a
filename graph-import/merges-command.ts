/**
 * merges-command: `npm run merges -- list | accept INTO FROM | reject A B | split NODE ALIAS`: review the pairs of
 * people resolution was unsure about, and undo a wrong merge.
 */
import { Command } from 'commander';
import { connect, type Graph } from '../db/connection.js';
import { acceptMerge, listMerges, proposeMerges, rejectMerge, splitAlias } from './write/merge-writer.js';

async function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const graph = await connect({ log: (line) => console.error(line) });
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}

const describe = (node: { id: string; name: string; role: string | null; nation: string | null }) =>
  `${node.name} [${node.id}]${node.role || node.nation ? ` (${[node.role, node.nation].filter(Boolean).join(', ')})` : ''}`;

export function mergesCommand(): Command {
  const merges = new Command('merges').description(
    'review the people resolution was unsure about (SIMILAR_TO), merge or keep them apart',
  );
  merges
    .command('list')
    .description('the pairs proposed for review, most likely first')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const pairs = await withGraph(listMerges);
      if (options.json) return console.log(JSON.stringify(pairs, null, 2));
      if (pairs.length === 0) return console.log('No pairs to review.');
      for (const pair of pairs)
        console.log(`${pair.score.toFixed(2)}  ${describe(pair.a)}  ~  ${describe(pair.b)}  -- ${pair.reason}`);
      console.log(
        `\n${pairs.length} pair(s). Merge with: npm run merges -- accept KEEP_ID OTHER_ID; keep apart with: npm run merges -- reject ID ID`,
      );
    });
  merges
    .command('accept')
    .description('merge FROM into INTO: relationships and evidence move, names become aliases')
    .argument('<into>', 'the id of the node to keep')
    .argument('<from>', 'the id of the node merged into it')
    .action(async (into: string, from: string) => {
      await withGraph(async (graph) => {
        await acceptMerge(graph, into, from);
        await proposeMerges(graph);
      });
      console.log(`Merged ${from} into ${into}; later imports of that name go to ${into}.`);
    });
  merges
    .command('reject')
    .description('record that A and B are different entities; the pair is not proposed again')
    .argument('<a>')
    .argument('<b>')
    .action(async (a: string, b: string) => {
      await withGraph((graph) => rejectMerge(graph, a, b));
      console.log(`Recorded: ${a} and ${b} are different.`);
    });
  merges
    .command('split')
    .description('undo a wrong merge: the evidence naming ALIAS moves to a node of its own')
    .argument('<node>', 'the id of the node that holds the alias')
    .argument('<alias>', 'the alias to split out, as listed in the node aliases')
    .action(async (node: string, alias: string) => {
      const id = await withGraph(async (graph) => {
        const created = await splitAlias(graph, node, alias);
        await proposeMerges(graph);
        return created;
      });
      console.log(`Split "${alias}" out of ${node} into ${id}.`);
    });
  return merges;
}
