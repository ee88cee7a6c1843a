/**
 * paths: "how is X connected to Y": pick two actors, ask /api/paths, draw the paths on the canvas (the rest dims)
 * and list each as a chain of cited facts.
 */
import type { PathsResponse, PathStep } from '../../../../graph-model/api.js';
import { api } from '../../api/client.js';
import { typeColor } from '../../graph/appearance.js';
import { byId, chip, h } from '../dom.js';
import { evidenceBlock } from '../details-panel.js';

export interface PathEnds {
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
}

export class PathsController {
  readonly ends: PathEnds = { from: null, to: null };
  private readonly findButton = byId<HTMLButtonElement>('path-find');

  constructor(
    private readonly selected: () => { id: string; name: string } | null,
    private readonly show: (response: PathsResponse) => void,
    private readonly focus: (id: string) => void,
    private readonly status: (message: string, kind?: 'error') => void,
  ) {
    byId('path-set-from').addEventListener('click', () => this.set('from', this.selected()));
    byId('path-set-to').addEventListener('click', () => this.set('to', this.selected()));
    this.findButton.addEventListener('click', () => void this.find());
  }

  set(end: 'from' | 'to', node: { id: string; name: string } | null): void {
    if (!node) return this.status('Select a node on the canvas first');
    this.ends[end] = node;
    byId(`path-${end}`).textContent = node.name;
    this.findButton.disabled = !(this.ends.from && this.ends.to);
  }

  async find(): Promise<void> {
    const { from, to } = this.ends;
    if (!from || !to) return;
    const list = byId('path-list');
    list.replaceChildren(h('li', { class: 'muted' }, 'Looking for connections…'));
    try {
      const response = await api.paths(from.id, to.id);
      if (response.paths.length === 0) {
        list.replaceChildren(
          h('li', { class: 'muted' }, `No connection within 4 steps between ${from.name} and ${to.name}.`),
        );
        return;
      }
      this.show(response);
      list.replaceChildren(...response.paths.map((path) => h('li', {}, ...path.steps.map((step) => this.step(step)))));
      list.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    } catch (error) {
      list.replaceChildren();
      this.status(`Paths: ${(error as Error).message}`, 'error');
    }
  }

  private step(step: PathStep): HTMLElement {
    const link = (end: PathStep['from']) => h('a', { onclick: () => this.focus(end.id) }, end.name);
    const arrow = step.direction === 'forward' ? ['—', '→'] : ['←', '—'];
    return h(
      'div',
      { class: 'step' },
      link(step.from),
      ` ${arrow[0]}`,
      chip(step.type, typeColor(step.type)),
      `${arrow[1]} `,
      link(step.to),
      step.evidence ? evidenceBlock(step.evidence) : null,
    );
  }
}
