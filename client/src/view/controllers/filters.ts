/**
 * filters: which labels and relationship types show, how many outlets a fact needs, and the article date range
 * (a histogram of relationships per date with two sliders). Filtering goes through the reducers only.
 */
import { ENTITY_LABELS, RELATION_TYPES } from '../../../../graph-model/index.js';
import type { ExplorerGraph } from '../../graph/graph-store.js';
import { labelColor, typeColor } from '../../graph/appearance.js';
import type { Filters } from '../../state/view-model.js';
import { byId, h } from '../dom.js';

export class FiltersController {
  private dates: string[] = [];
  private readonly from = byId<HTMLInputElement>('date-from');
  private readonly to = byId<HTMLInputElement>('date-to');

  constructor(
    private readonly filters: Filters,
    private readonly graph: ExplorerGraph,
    private readonly onChange: () => void,
  ) {
    this.checkboxes('label-filters', ENTITY_LABELS, filters.labels, labelColor);
    this.checkboxes('type-filters', RELATION_TYPES, filters.types, typeColor);
    const minSources = byId<HTMLSelectElement>('min-sources');
    minSources.value = String(filters.minSources);
    minSources.addEventListener('change', () => {
      filters.minSources = Number(minSources.value);
      onChange();
    });
    for (const slider of [this.from, this.to]) slider.addEventListener('input', () => this.readRange());
  }

  private checkboxes(
    id: string,
    values: readonly string[],
    selected: Set<string>,
    color: (value: string) => string,
  ): void {
    byId(id).replaceChildren(
      ...values.map((value) =>
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            checked: selected.has(value),
            'data-value': value,
            onchange: (event) => {
              if ((event.target as HTMLInputElement).checked) selected.add(value);
              else selected.delete(value);
              this.onChange();
            },
          }),
          h('span', { class: 'swatch', style: `background:${color(value)}` }),
          value,
        ),
      ),
    );
  }

  private readRange(): void {
    let low = Number(this.from.value);
    let high = Number(this.to.value);
    if (low > high) [low, high] = [high, low];
    const full = low === 0 && high === this.dates.length - 1;
    this.filters.since = full ? null : (this.dates[low] ?? null);
    this.filters.until = full ? null : (this.dates[high] ?? null);
    this.label();
    this.drawHistogram();
    this.onChange();
  }

  private label(): void {
    byId('date-label').textContent =
      this.dates.length === 0
        ? 'No dated facts on screen'
        : this.filters.since || this.filters.until
          ? `${this.filters.since ?? this.dates[0]} to ${this.filters.until ?? this.dates.at(-1)}`
          : `All dates (${this.dates[0]} to ${this.dates.at(-1)})`;
  }

  /** Recomputes the dates of the facts on screen; call when the graph changed. */
  refreshDates(): void {
    const counts = new Map<string, number>();
    this.graph.forEachEdge((_edge, attributes) => {
      const date = attributes.firstSeen as string | undefined;
      if (date) counts.set(date, (counts.get(date) ?? 0) + 1);
    });
    this.dates = [...counts.keys()].sort();
    this.counts = counts;
    const max = Math.max(0, this.dates.length - 1);
    for (const slider of [this.from, this.to]) slider.max = String(max);
    this.from.value = String(
      this.filters.since
        ? Math.max(
            0,
            this.dates.findIndex((date) => date >= this.filters.since!),
          )
        : 0,
    );
    const until = this.filters.until ? this.dates.findLastIndex((date) => date <= this.filters.until!) : max;
    this.to.value = String(until < 0 ? max : until);
    this.label();
    this.drawHistogram();
  }

  private counts = new Map<string, number>();

  private drawHistogram(): void {
    const canvas = byId<HTMLCanvasElement>('date-histogram');
    const context = canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (this.dates.length === 0) return;
    const peak = Math.max(...this.counts.values());
    const width = canvas.width / this.dates.length;
    const low = Math.min(Number(this.from.value), Number(this.to.value));
    const high = Math.max(Number(this.from.value), Number(this.to.value));
    this.dates.forEach((date, index) => {
      const height = Math.max(2, ((this.counts.get(date) ?? 0) / peak) * (canvas.height - 4));
      context.fillStyle = index >= low && index <= high ? '#2f6fde' : '#d0d4da';
      context.fillRect(index * width + 1, canvas.height - height, Math.max(1, width - 2), height);
    });
  }
}
