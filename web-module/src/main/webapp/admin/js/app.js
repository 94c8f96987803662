// The console's router: #/section/rest picks a view; a view may return a cleanup function
// (the dashboard stops its refresh timer with it).

import {describe, clearNotice} from './forms.js';
import {h, replace} from './dom.js';
import {dashboardView} from './dashboard.js';
import {categoriesView, categoryView} from './categories.js';
import {roomsView, roomView} from './rooms.js';
import {transferView} from './transfer.js';
import {settingsView} from './settings.js';

const routes = [
  [/^#\/dashboard$/, () => dashboardView()],
  [/^#\/categories$/, () => categoriesView()],
  [/^#\/categories\/(new|\d+)$/, m => categoryView(m[1])],
  [/^#\/rooms$/, () => roomsView()],
  [/^#\/rooms\/(new|\d+)$/, m => roomView(m[1])],
  [/^#\/transfer$/, () => transferView()],
  [/^#\/settings(?:\/([a-z-]+))?$/, m => settingsView(m[1])]
];

let cleanup = null;
let generation = 0;

async function show() {
  const hash = location.hash || '#/dashboard';
  const main = document.getElementById('view');
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  clearNotice();
  const mine = ++generation;
  const section = hash.split('/')[1];
  for (const link of document.querySelectorAll('#nav a')) {
    link.classList.toggle('current', link.dataset.section === section);
  }
  const route = routes.find(([pattern]) => pattern.test(hash));
  if (!route) {
    replace(main, h('h1', null, 'Not found'), h('p', null, 'There is no page ' + hash + '.'));
    return;
  }
  replace(main, h('p', {class: 'loading'}, 'Loading…'));
  try {
    const view = await route[1](hash.match(route[0]));
    if (mine !== generation) {
      if (view && view.cleanup) {
        view.cleanup();
      }
      return;
    }
    replace(main, view.node);
    cleanup = view.cleanup ?? null;
    main.dataset.view = section;
  } catch (error) {
    if (mine === generation) {
      replace(main, h('h1', null, 'Cannot show this page'),
          h('p', {class: 'form-error', role: 'alert'}, describe(error)));
    }
  }
}

window.addEventListener('hashchange', show);
show();
