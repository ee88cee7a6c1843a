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
    const track = this.from.parentElement!;
    track.addEventListener('click', (event) => this.clickTrack(event, track));
    const histogram = byId('date-histogram');
    histogram.addEventListener('click', (event) => this.clickTrack(event, histogram));
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

  /** Shows the filters as they are now, after they were set from elsewhere (a reopened view). */
  sync(): void {
    for (const [id, selected] of [
      ['label-filters', this.filters.labels],
      ['type-filters', this.filters.types],
    ] as const)
      for (const box of byId(id).querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
        box.checked = selected.has(box.dataset.value ?? '');
    byId<HTMLSelectElement>('min-sources').value = String(this.filters.minSources);
    this.refreshDates();
  }

  /** A click on the track (or the histogram) moves the nearer thumb there. */
  private clickTrack(event: MouseEvent, element: HTMLElement): void {
    if (this.days === 0 || event.target === this.from || event.target === this.to) return;
    const box = element.getBoundingClientRect();
    const day = Math.round(((event.clientX - box.left) / box.width) * this.days);
    const nearer =
      Math.abs(day - Number(this.from.value)) <= Math.abs(day - Number(this.to.value)) ? this.from : this.to;
    nearer.value = String(Math.max(0, Math.min(this.days, day)));
    this.readRange();
  }

  private readRange(): void {
    let low = Number(this.from.value);
    let high = Number(this.to.value);
    if (low > high) [low, high] = [high, low];
    const full = low === 0 && high === this.days;
    this.filters.since = full ? null : dayToDate(this.first, low);
    this.filters.until = full ? null : dayToDate(this.first, high);
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
      if (date && ISO_DATE.test(date)) counts.set(date, (counts.get(date) ?? 0) + 1);
    });
    this.dates = [...counts.keys()].sort();
    this.counts = counts;
    // The sliders count days from the first date: the histogram is a time axis, a two-week gap looks like one.
    this.first = this.dates[0] ?? '1970-01-01';
    this.days = this.dates.length ? dateToDay(this.first, this.dates.at(-1)!) : 0;
    for (const slider of [this.from, this.to]) slider.max = String(this.days);
    const clamp = (day: number) => Math.max(0, Math.min(this.days, day));
    this.from.value = String(this.filters.since ? clamp(dateToDay(this.first, this.filters.since)) : 0);
    this.to.value = String(this.filters.until ? clamp(dateToDay(this.first, this.filters.until)) : this.days);
    this.label();
    this.drawHistogram();
  }

  private counts = new Map<string, number>();
  private first = '1970-01-01';
  private days = 0;

  private drawHistogram(): void {
    const canvas = byId<HTMLCanvasElement>('date-histogram');
    const context = canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (this.dates.length === 0) return;
    const peak = Math.max(...this.counts.values());
    const slots = this.days + 1;
    const width = canvas.width / slots;
    const low = Math.min(Number(this.from.value), Number(this.to.value));
    const high = Math.max(Number(this.from.value), Number(this.to.value));
    for (const date of this.dates) {
      const day = dateToDay(this.first, date);
      const height = Math.max(2, ((this.counts.get(date) ?? 0) / peak) * (canvas.height - 4));
      context.fillStyle = day >= low && day <= high ? '#2f6fde' : '#8a9099';
      context.fillRect(day * width + (width > 3 ? 1 : 0), canvas.height - height, Math.max(1, width - 2), height);
    }
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const DAY = 86_400_000;

/** Days from `first` to `date` (both ISO dates). */
function dateToDay(first: string, date: string): number {
  return Math.round((Date.parse(date.slice(0, 10)) - Date.parse(first.slice(0, 10))) / DAY);
}

function dayToDate(first: string, day: number): string {
  return new Date(Date.parse(first.slice(0, 10)) + day * DAY).toISOString().slice(0, 10);
}
