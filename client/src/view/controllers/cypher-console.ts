/**
 * cypher-console: a CodeMirror 6 editor with Cypher highlighting; Ctrl+Enter (or Cmd+Enter) runs the query on the
 * read-only endpoint; the result shows as a table and, when it holds nodes, as a graph on the canvas.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, bracketMatching } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import type { CypherResponse } from '../../../../graph-model/api.js';
import { api } from '../../api/client.js';
import { valueCell, toCsv } from '../cypher-values.js';
import { byId, h } from '../dom.js';
import { download } from './export.js';

/** Queries an analyst starts from. */
export const EXAMPLE_QUERIES: { title: string; query: string }[] = [
  {
    title: 'Who said what',
    query:
      'MATCH (l:Leader)-[r:SAID]->(s:Statement)\nRETURN l.name AS speaker, s.text AS quote, r.evidenceSentences[0] AS sentence\nLIMIT 50',
  },
  {
    title: 'Pledges by amount',
    query:
      'MATCH (a)-[p:PLEDGED]->(t)\nWHERE p.value IS NOT NULL\nRETURN a.name AS who, p.amount AS amount, p.what AS what, t.name AS to, p\nORDER BY p.value DESC LIMIT 50',
  },
  { title: 'Who opposed whom or what', query: 'MATCH (a)-[o:OPPOSED]->(t)\nRETURN a, o, t\nLIMIT 100' },
  {
    title: 'Common attendees of two events',
    query:
      'MATCH (e1:Event), (e2:Event) WHERE elementId(e1) < elementId(e2)\nMATCH (x)-[:ATTENDED]->(e1), (x)-[:ATTENDED]->(e2)\nRETURN e1.name AS event1, e2.name AS event2, collect(x.name) AS both\nLIMIT 20',
  },
  {
    title: 'Facts reported by 2+ outlets',
    query: 'MATCH (a)-[r]->(b) WHERE r.sources >= 2\nRETURN a, r, b\nORDER BY r.sources DESC LIMIT 100',
  },
  { title: 'Who met whom', query: 'MATCH p = (:Leader)-[:MET]-(:Leader)\nRETURN p LIMIT 100' },
  {
    title: 'Roles held',
    query:
      'MATCH (l:Leader)-[h:HOLDS_ROLE]->(n)\nRETURN l.name AS leader, h.role AS role, n.name AS of\nORDER BY leader',
  },
];

export class CypherConsole {
  readonly view: EditorView;
  private readonly panel = byId('console');
  private readonly result = byId('cypher-result');
  private readonly statusLine = byId('cypher-status');

  constructor(
    private readonly onGraph: (response: CypherResponse) => void,
    private readonly onQuery: (query: string) => void,
    private readonly onNoGraph: () => void,
  ) {
    this.view = new EditorView({
      parent: byId('cypher-editor'),
      state: EditorState.create({
        doc: EXAMPLE_QUERIES[0]!.query,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          StreamLanguage.define(cypher),
          syntaxHighlighting(defaultHighlightStyle),
          placeholder('MATCH (n) RETURN n LIMIT 25'),
          keymap.of([{ key: 'Mod-Enter', run: () => (void this.run(), true) }, ...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
        ],
      }),
    });
    const examples = byId<HTMLSelectElement>('cypher-examples');
    examples.append(...EXAMPLE_QUERIES.map((example, index) => h('option', { value: String(index) }, example.title)));
    examples.addEventListener('change', () => {
      const example = EXAMPLE_QUERIES[Number(examples.value)];
      if (example) this.setQuery(example.query);
      examples.value = '';
    });
    byId('cypher-run').addEventListener('click', () => void this.run());
    this.csvButton.addEventListener('click', () => {
      if (this.last)
        download(
          `news-graph-query-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.csv`,
          'text/csv',
          toCsv(this.last.columns, this.last.rows),
        );
    });
  }

  /** The last result, for the CSV export. */
  private last: CypherResponse | null = null;
  private readonly csvButton = byId<HTMLButtonElement>('cypher-csv');

  get open(): boolean {
    return !this.panel.hidden;
  }

  toggle(show = this.panel.hidden): void {
    this.panel.hidden = !show;
    if (show) this.view.focus();
    window.dispatchEvent(new Event('resize'));
  }

  get query(): string {
    return this.view.state.doc.toString();
  }

  setQuery(query: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: query } });
  }

  /** A line above the result: what ran, or what the user should do. */
  status(text: string): void {
    this.statusLine.textContent = text;
  }

  async run(): Promise<void> {
    const query = this.query.trim();
    if (!query) return;
    this.statusLine.textContent = 'Running…';
    this.onQuery(query);
    try {
      const response = await api.cypher(query);
      this.statusLine.textContent = `${response.rows.length} row(s)${response.truncated ? ' (cut at the row limit)' : ''} in ${response.elapsedMs} ms`;
      this.table(response);
      this.last = response;
      this.csvButton.disabled = response.columns.length === 0;
      if (response.graph.nodes.length && byId<HTMLInputElement>('cypher-to-canvas').checked) this.onGraph(response);
      else this.onNoGraph();
    } catch (error) {
      this.statusLine.textContent = 'Error';
      this.last = null;
      this.csvButton.disabled = true;
      this.result.replaceChildren(h('div', { class: 'error', role: 'alert' }, (error as Error).message));
      this.onNoGraph();
    }
  }

  private table(response: CypherResponse): void {
    if (response.columns.length === 0) {
      this.result.replaceChildren(h('p', { class: 'muted' }, 'No rows.'));
      return;
    }
    this.result.replaceChildren(
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, ...response.columns.map((column) => h('th', {}, column)))),
        h(
          'tbody',
          {},
          ...response.rows.map((row) =>
            h('tr', {}, ...response.columns.map((column) => h('td', {}, ...valueCell(row[column])))),
          ),
        ),
      ),
    );
  }
}
