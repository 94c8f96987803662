// A list with a search box and pages. The API returns whole lists (as the cmdlets do), so the
// console pages them here; the search may go to the server (rooms) or stay local (categories).

import {h, replace} from './dom.js';

export const PAGE_SIZE = 10;

/**
 * spec: {id, columns: [[title, item => node|text]], load(term) -> Promise<items>,
 * placeholder, empty}
 */
export function pagedList(spec) {
  let items = [];
  let page = 0;
  const search = h('input', {type: 'search', id: spec.id + '-search', placeholder: spec.placeholder,
    'aria-label': spec.placeholder});
  const body = h('tbody');
  const info = h('span', {class: 'page-info', id: spec.id + '-page-info'});
  const previous = h('button', {type: 'button', id: spec.id + '-previous'}, 'Previous');
  const next = h('button', {type: 'button', id: spec.id + '-next'}, 'Next');
  const table = h('table', {id: spec.id, class: 'list'},
      h('thead', null, h('tr', null, spec.columns.map(([title]) => h('th', null, title)))), body);

  function render() {
    const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    const shown = items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    replace(body, shown.length ? shown.map(item =>
        h('tr', null, spec.columns.map(([, cell]) => h('td', null, cell(item)))))
        : h('tr', null, h('td', {colspan: spec.columns.length, class: 'empty'}, spec.empty)));
    info.textContent = `Page ${page + 1} of ${pages} (${items.length})`;
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  async function reload() {
    items = await spec.load(search.value.trim());
    page = 0;
    render();
  }

  previous.addEventListener('click', () => { page--; render(); });
  next.addEventListener('click', () => { page++; render(); });
  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(reload, 250);
  });
  const node = h('div', {class: 'paged'}, h('div', {class: 'toolbar'}, search), table,
      h('div', {class: 'pager'}, previous, info, next));
  return {node, reload};
}
