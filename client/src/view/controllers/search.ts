/**
 * search: the search box with autocomplete: typing asks /api/search (debounced, earlier requests aborted), arrow
 * keys move through the hits, Enter chooses, Escape closes; "/" focuses the box from anywhere.
 */
import type { SearchHit } from '../../../../graph-model/api.js';
import { api } from '../../api/client.js';
import { labelColor } from '../../graph/appearance.js';
import { byId, chip, h } from '../dom.js';

export function bindSearch(onChoose: (hit: SearchHit) => void, onError: (message: string) => void): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-results');
  const box = input.parentElement!;
  let hits: SearchHit[] = [];
  let active = -1;
  let pending: AbortController | null = null;
  let timer: number | undefined;

  const close = () => {
    list.hidden = true;
    box.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = () => {
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, index) =>
            h(
              'li',
              {
                role: 'option',
                id: `search-hit-${index}`,
                'aria-selected': String(index === active),
                onmousedown: (event) => (event.preventDefault(), choose(index)),
              },
              chip(hit.label, labelColor(hit.label)),
              h('span', {}, hit.name),
              h('span', { class: 'snippet' }, hit.snippet),
            ),
          )
        : [h('li', { class: 'muted' }, 'No match')]),
    );
    list.hidden = false;
    box.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
  };
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    close();
    input.value = hit.name;
    input.blur();
    onChoose(hit);
  };
  const query = async (text: string) => {
    pending?.abort();
    pending = new AbortController();
    try {
      hits = (await api.search(text, pending.signal)).hits;
      active = hits.length ? 0 : -1;
      render();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') onError((error as Error).message);
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = window.setTimeout(() => void query(text), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(Math.max(0, active));
    } else if (event.key === 'Escape') {
      close();
      input.blur();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !isTyping(event)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}

/** Whether a key press goes to a text field (and so is no shortcut). */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return (
    !!target &&
    (target.tagName === 'INPUT' ||
      target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT' ||
      target.isContentEditable)
  );
}
