/**
 * details-panel: what the explorer knows of the selected node (properties, aliases, statements, every relationship
 * with its evidence sentence and article) or of the selected edge.
 */
import type { EvidenceItem, NodeDetails } from '../../../graph-model/api.js';
import { labelSpec, RELATION_SPECS } from '../../../graph-model/index.js';
import { labelColor, typeColor } from '../graph/appearance.js';
import { byId, chip, h } from './dom.js';

/** Which relationships an expansion follows. */
export interface ExpandOptions {
  type?: string;
  direction?: 'both' | 'out' | 'in';
}

export interface DetailsActions {
  expand(id: string, options?: ExpandOptions): void;
  focus(id: string): void;
  togglePin(id: string): void;
  remove(id: string): void;
  pathFrom(id: string, name: string): void;
  pathTo(id: string, name: string): void;
  /** Answers a SIMILAR_TO proposal: `same` merges `other` into `id`, otherwise they are recorded as different. */
  reviewMerge(id: string, other: string, same: boolean): void;
}

export function evidenceBlock(item: EvidenceItem): HTMLElement {
  const source = [item.articleTitle ?? item.article, item.outlet, item.date].filter(Boolean).join(' · ');
  // A sentence that opens or ends with a quotation mark is shown with its own marks only.
  const quoted = /^[“"‘']|[”"’']$/.test(item.sentence.trim());
  return h(
    'div',
    { class: 'evidence' },
    h('q', quoted ? { class: 'quoted' } : {}, item.sentence),
    h('span', { class: 'source' }, source),
  );
}

export class DetailsPanel {
  private readonly panel = byId('details');
  private readonly body = byId('details-body');

  constructor(
    private readonly actions: DetailsActions,
    onClose: () => void,
  ) {
    byId('details-close').addEventListener('click', onClose);
  }

  hide(): void {
    this.panel.hidden = true;
    document.body.classList.remove('with-details');
  }

  loading(name: string): void {
    this.panel.hidden = false;
    document.body.classList.add('with-details');
    this.body.replaceChildren(h('h3', {}, name), h('p', { class: 'muted' }, 'Loading…'));
  }

  error(message: string): void {
    this.panel.hidden = false;
    document.body.classList.add('with-details');
    this.body.replaceChildren(h('p', { class: 'muted' }, `Could not load the details: ${message}`));
  }

  showNode(details: NodeDetails, hidden: number, pinned: boolean): void {
    const { actions } = this;
    this.panel.hidden = false;
    document.body.classList.add('with-details');
    // The properties its label's spec names, in that order.
    const properties = (labelSpec(details.label)?.shown ?? []).filter(
      (key) =>
        details.properties[key] !== undefined && details.properties[key] !== null && details.properties[key] !== '',
    );
    const aliases = details.aliases.filter((alias) => alias !== details.name);
    const relationships = details.relationships.filter(
      (relationship) => relationship.type !== 'SAID' || relationship.direction === 'in',
    );
    // Expand along one relationship type and direction, or all of them.
    const expandable = Object.entries(details.degree).filter(
      ([type]) => type !== 'MENTIONED_IN' && type !== 'SIMILAR_TO',
    );
    const typeSelect = h(
      'select',
      { 'aria-label': 'Relationship type to expand', title: 'Relationship type to expand' },
      h('option', { value: '' }, 'all types'),
      ...expandable.map(([type, n]) => h('option', { value: type }, `${type} (${n})`)),
    );
    const directionSelect = h(
      'select',
      { 'aria-label': 'Direction to expand', title: 'Direction to expand' },
      h('option', { value: 'both' }, '↔ both'),
      h('option', { value: 'out' }, '→ outgoing'),
      h('option', { value: 'in' }, '← incoming'),
    );
    const parts: (Node | null)[] = [
      chip(details.label, labelColor(details.label)),
      h('h3', {}, details.name),
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          {
            onclick: () =>
              actions.expand(details.id, {
                type: typeSelect.value || undefined,
                direction: directionSelect.value as ExpandOptions['direction'],
              }),
            title: 'Expand (double-click or E)',
          },
          hidden ? `Expand (+${hidden})` : 'Expand',
        ),
        typeSelect,
        directionSelect,
        h('button', { onclick: () => actions.focus(details.id) }, 'Focus'),
        h('button', { onclick: () => actions.togglePin(details.id), title: 'Pin (P)' }, pinned ? 'Unpin' : 'Pin'),
        h('button', { onclick: () => actions.remove(details.id), title: 'Remove from view (Delete)' }, 'Remove'),
        h('button', { onclick: () => actions.pathFrom(details.id, details.name) }, 'Path from'),
        h('button', { onclick: () => actions.pathTo(details.id, details.name) }, 'Path to'),
      ),
      properties.length || aliases.length
        ? h(
            'dl',
            {},
            ...properties.flatMap((key) => [h('dt', {}, key), h('dd', {}, String(details.properties[key]))]),
            ...(aliases.length ? [h('dt', {}, 'aliases'), h('dd', {}, aliases.join(', '))] : []),
          )
        : null,
      h(
        'p',
        { class: 'muted' },
        Object.entries(details.degree)
          .map(([type, count]) => `${type} ${count}`)
          .join(' · '),
      ),
      details.statements.length
        ? h(
            'section',
            {},
            h('h2', {}, `Statements (${details.statements.length})`),
            ...details.statements.map((statement) =>
              h('div', { class: 'rel' }, h('q', {}, statement.text), ...statement.evidence.map(evidenceBlock)),
            ),
          )
        : null,
      relationships.length
        ? h(
            'section',
            {},
            h('h2', {}, `Relationships (${relationships.length})`),
            ...relationships.map((relationship) =>
              h(
                'div',
                { class: 'rel' },
                relationship.direction === 'out' ? '→ ' : '← ',
                chip(relationship.type, typeColor(relationship.type)),
                ' ',
                h(
                  'a',
                  { onclick: () => actions.focus(relationship.other.id), title: 'Show on the canvas' },
                  relationship.other.name,
                ),
                relationship.properties.amount ? ` (${String(relationship.properties.amount)})` : '',
                relationship.properties.onBehalfOf ? ` for ${String(relationship.properties.onBehalfOf)}` : '',
                ...relationship.evidence.map(evidenceBlock),
                relationship.evidenceCount > relationship.evidence.length
                  ? h(
                      'p',
                      { class: 'muted' },
                      `+${relationship.evidenceCount - relationship.evidence.length} more sentences (query them in the Cypher console)`,
                    )
                  : null,
                relationship.type === 'SIMILAR_TO'
                  ? this.mergeReview(details.id, relationship.other.id, relationship.properties)
                  : null,
              ),
            ),
          )
        : null,
    ];
    this.body.replaceChildren(...parts.filter((part): part is Node => part !== null));
  }

  /** A proposal of resolution to review: its reason, and the analyst's two answers. */
  private mergeReview(id: string, other: string, properties: Record<string, unknown>): HTMLElement {
    return h(
      'div',
      { class: 'evidence' },
      h(
        'span',
        { class: 'source' },
        `Maybe one person (${String(properties.reason ?? 'similar names')}, score ${Number(properties.score ?? 0).toFixed(2)})`,
      ),
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          {
            onclick: () => this.actions.reviewMerge(id, other, true),
            title: 'Merge it into this node, keeping its name as an alias',
          },
          'Same person: merge',
        ),
        h(
          'button',
          {
            onclick: () => this.actions.reviewMerge(id, other, false),
            title: 'Keep both; the pair is not proposed again',
          },
          'Different people',
        ),
      ),
    );
  }

  showEdge(attributes: Record<string, unknown>, source: string, target: string): void {
    this.panel.hidden = false;
    document.body.classList.add('with-details');
    const evidence = (attributes.evidence as EvidenceItem[] | undefined) ?? [];
    const support = [
      attributes.articles ? `${attributes.articles} article(s)` : null,
      attributes.sources ? `${attributes.sources} outlet(s)` : null,
      attributes.firstSeen ? `first ${attributes.firstSeen}` : null,
    ].filter(Boolean);
    const spec = (RELATION_SPECS as Record<string, { shown: readonly string[] }>)[String(attributes.relType)];
    const extra = (spec?.shown ?? [])
      .filter((key) => attributes[key])
      .map((key) => `${key}: ${String(attributes[key])}`);
    this.body.replaceChildren(
      chip(String(attributes.relType), typeColor(String(attributes.relType))),
      h('h3', {}, `${source} → ${target}`),
      h('p', { class: 'muted' }, [...extra, ...support].join(' · ')),
      h('section', {}, h('h2', {}, 'Evidence'), ...evidence.map(evidenceBlock)),
    );
  }
}
