// A principal list of a room or category (members, managers, creators...): each entry with a
// Remove button, and an Add box that suggests eligible principals from the API.

import {api, segment} from './api.js';
import {h, replace} from './dom.js';
import {describe, confirmAction} from './forms.js';

/** Paths name a principal by its SIP URI without "sip:" (see the OpenAPI document). */
export function address(uri) {
  return uri.startsWith('sip:') ? uri.slice(4) : uri;
}

/**
 * spec: {id, title, path (e.g. /rooms/3/members), entries, eligible (path of the suggestions),
 * onChange(updated object)}
 */
export function principalList(spec) {
  const list = h('ul', {class: 'principals', id: spec.id});
  const error = h('p', {class: 'field-error', role: 'alert', hidden: true, id: spec.id + '-error'});
  const optionsId = spec.id + '-eligible';
  const suggestions = h('datalist', {id: optionsId});
  const input = h('input', {type: 'text', id: spec.id + '-add', list: optionsId,
    placeholder: 'sip:user@example.com', 'aria-label': 'Add to ' + spec.title, autocomplete: 'off'});
  const add = h('button', {type: 'submit', id: spec.id + '-add-button'}, 'Add');

  function fail(e) {
    error.textContent = describe(e);
    for (const problem of e.fieldErrors ?? []) {
      error.textContent += ' (' + problem.message + ')';
    }
    error.hidden = false;
  }

  function render(entries) {
    replace(list, entries.length ? entries.map(uri => h('li', {'data-principal': uri},
        h('span', null, uri),
        h('button', {type: 'button', class: 'link danger', 'aria-label': 'Remove ' + uri,
          onclick: async () => {
            if (!await confirmAction(`Remove ${uri} from ${spec.title}?`, 'Remove')) {
              return;
            }
            try {
              error.hidden = true;
              const updated = await api.del(spec.path + '/' + segment(address(uri)));
              spec.onChange(updated);
            } catch (e) {
              fail(e);
            }
          }}, 'Remove')))
        : h('li', {class: 'empty'}, 'nobody'));
  }

  async function suggest() {
    if (!spec.eligible) {
      return;
    }
    try {
      const found = await api.get(spec.eligible, {filter: input.value.trim() || undefined, resultSize: 20});
      replace(suggestions, found.map(p => h('option', {value: p.uri}, p.displayName || p.uri)));
    } catch (ignored) {
      // Suggestions are a convenience; typing the address still works without them.
    }
  }

  const formNode = h('form', {class: 'add-principal', novalidate: true}, input, suggestions, add);
  formNode.addEventListener('submit', async event => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) {
      return;
    }
    error.hidden = true;
    try {
      const updated = await api.put(spec.path + '/' + segment(address(value)));
      input.value = '';
      spec.onChange(updated);
    } catch (e) {
      fail(e);
    }
  });
  input.addEventListener('focus', suggest, {once: true});
  input.addEventListener('input', () => { clearTimeout(input.timer); input.timer = setTimeout(suggest, 250); });
  render(spec.entries);
  return {
    node: h('section', {class: 'principal-list', 'data-list': spec.id}, h('h3', null, spec.title), list, formNode, error),
    render
  };
}
