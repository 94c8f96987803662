// Form building blocks and the display of the server's verdicts: each field problem of a
// problem+json goes right after the field it names; the rest goes at the top of the form.

import {ApiError} from './api.js';
import {h, replace} from './dom.js';

let fieldIds = 0;

/** A labelled input; spec: {name, label, type, value, options, help, multiline}. */
export function field(spec) {
  const id = 'f-' + spec.name + '-' + (++fieldIds);
  let control;
  if (spec.options) {
    control = h('select', {id, name: spec.name},
        spec.options.map(o => {
          const [value, text] = Array.isArray(o) ? o : [o, o];
          return h('option', {value, selected: String(spec.value ?? '') === String(value)}, text);
        }));
  } else if (spec.type === 'checkbox') {
    control = h('input', {id, name: spec.name, type: 'checkbox', checked: spec.value === true});
  } else if (spec.multiline) {
    control = h('textarea', {id, name: spec.name, rows: 3});
    control.value = spec.value ?? '';
  } else {
    control = h('input', {id, name: spec.name, type: spec.type ?? 'text', autocomplete: 'off',
      list: spec.list, placeholder: spec.placeholder});
    control.value = spec.value ?? '';
  }
  if (spec.keepBlank) {
    // Sent even when empty: on an update, "" clears the value where leaving it out keeps it.
    control.dataset.keepBlank = 'true';
  }
  const row = h('div', {class: 'field' + (spec.type === 'checkbox' ? ' check' : ''), 'data-field': spec.name},
      h('label', {for: id}, spec.label), control,
      spec.help ? h('small', {class: 'help'}, spec.help) : null);
  return row;
}

/**
 * A form that never reloads the page. onSubmit(values) returns a promise; an ApiError from it is
 * shown on the form, anything else as a general message.
 */
export function form(props, fields, submitText, onSubmit, after) {
  const status = h('p', {class: 'form-status', role: 'status'});
  const general = h('div', {class: 'form-error', role: 'alert', hidden: true});
  const button = h('button', {type: 'submit', class: 'primary'}, submitText);
  // The server holds the rules (one place for them): the browser's own checks are switched off.
  const node = h('form', {...props, novalidate: true}, general, fields, h('div', {class: 'actions'}, button, status), after);
  node.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(node);
    button.disabled = true;
    status.textContent = 'Saving…';
    try {
      await onSubmit(values(node));
      status.textContent = '';
    } catch (error) {
      status.textContent = '';
      showProblem(node, error);
    } finally {
      button.disabled = false;
    }
  });
  return node;
}

/** The form's controls as an object: checkboxes as booleans, blank texts left out. */
export function values(formNode) {
  const result = {};
  for (const control of formNode.elements) {
    if (!control.name) {
      continue;
    }
    if (control.type === 'checkbox') {
      result[control.name] = control.checked;
    } else if (control.value.trim() !== '' || control.dataset.keepBlank === 'true') {
      result[control.name] = control.value;
    }
  }
  return result;
}

export function clearProblems(formNode) {
  for (const node of formNode.querySelectorAll('.field-error')) {
    node.remove();
  }
  for (const node of formNode.querySelectorAll('[aria-invalid]')) {
    node.removeAttribute('aria-invalid');
  }
  const general = formNode.querySelector('.form-error');
  if (general) {
    general.hidden = true;
    general.replaceChildren();
  }
}

/** Puts each field problem after its field; what names no field of this form goes on top. */
export function showProblem(formNode, error) {
  const general = formNode.querySelector('.form-error');
  const unplaced = [];
  const problems = error instanceof ApiError ? error.fieldErrors : [];
  for (const problem of problems) {
    const row = problem.field ? formNode.querySelector(`[data-field="${CSS.escape(problem.field)}"]`) : null;
    if (!row) {
      unplaced.push(problem);
      continue;
    }
    const control = row.querySelector('input, select, textarea');
    const message = h('p', {class: 'field-error', 'data-error-for': problem.field,
      'data-rule': problem.rule}, problem.message);
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      message.id = control.id + '-error';
      control.setAttribute('aria-describedby', message.id);
    }
    row.append(message);
  }
  if (problems.length === 0 || unplaced.length > 0) {
    replace(general, h('strong', null, describe(error)),
        unplaced.length ? h('ul', null, unplaced.map(p =>
            h('li', null, (p.field ? p.field + ': ' : '') + p.message))) : null);
    general.hidden = false;
  }
}

/** One line for an error: the problem's title and detail, or the exception's message. */
export function describe(error) {
  if (error instanceof ApiError) {
    const {title, detail} = error.problem;
    return [title, detail].filter(Boolean).join(': ') || ('HTTP ' + error.status);
  }
  return error && error.message ? error.message : String(error);
}

const dialog = () => document.getElementById('confirm');

/** Asks before a destructive action; resolves true only on the confirming button. */
export function confirmAction(question, confirmText = 'Delete') {
  const box = dialog();
  document.getElementById('confirm-text').textContent = question;
  document.getElementById('confirm-ok').textContent = confirmText;
  box.returnValue = '';
  return new Promise(resolve => {
    box.addEventListener('close', () => resolve(box.returnValue === 'ok'), {once: true});
    box.showModal();
  });
}

/** A message in the banner under the navigation, e.g. "Room saved". */
export function notify(text, kind = 'info') {
  const banner = document.getElementById('banner');
  banner.className = 'banner ' + kind;
  banner.textContent = text;
  banner.hidden = false;
}

let pending = null;

/** A message for the page the console goes to next (created → the new object's page). */
export function notifyAfterNavigation(text) {
  pending = text;
}

/** Called on each navigation: the old page's message goes, a pending one shows. */
export function clearNotice() {
  document.getElementById('banner').hidden = true;
  if (pending !== null) {
    notify(pending);
    pending = null;
  }
}
