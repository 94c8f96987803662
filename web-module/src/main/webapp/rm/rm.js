// The room-management page (Lync's /PersistentChat/RM/) over /api/me. The server decides every
// right; this page only shows what it answers. User-provided text is only ever set as
// textContent, never parsed as HTML.
'use strict';

(function () {
  const PROBLEM = 'application/problem+json';
  // The API sits in the same web application: <root>/api beside <root>/rm/.
  const ROOT = location.pathname.slice(0, location.pathname.lastIndexOf('/rm/') + 1);
  const API = location.origin + ROOT + 'api/me';
  const ROOM_FIELDS = ['name', 'description', 'privacy', 'type', 'invitations', 'addin'];

  let openRoom = null;

  /** A refusal of the API: its status and RFC 9457 problem. */
  class ApiError extends Error {
    constructor(status, problem) {
      super(problem.detail || problem.title || 'HTTP ' + status);
      this.status = status;
      this.problem = problem;
    }

    get fieldErrors() {
      return Array.isArray(this.problem.errors) ? this.problem.errors : [];
    }
  }

  async function api(method, path, json) {
    // Sent on every call: the server refuses state changes without it, and a form on another
    // site cannot add it.
    const headers = {Accept: 'application/json, ' + PROBLEM, 'X-Requested-With': 'XMLHttpRequest'};
    const init = {method, headers, credentials: 'same-origin', cache: 'no-store'};
    if (json !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(json);
    }
    const response = await fetch(API + path, init);
    const type = response.headers.get('Content-Type') || '';
    const body = type.startsWith('application/json') || type.startsWith(PROBLEM)
      ? await response.json() : null;
    if (!response.ok) {
      throw new ApiError(response.status, body || {title: response.statusText});
    }
    return body;
  }

  function $(id) {
    return document.getElementById(id);
  }

  function text(element, value) {
    element.textContent = value == null ? '' : String(value);
  }

  function element(tag, content) {
    const node = document.createElement(tag);
    text(node, content);
    return node;
  }

  function clearErrors(form) {
    form.querySelectorAll('.error').forEach(span => text(span, ''));
  }

  /**
   * Shows each field problem next to its field (span #<prefix>-<field>-error); problems about no
   * field of this form go to the status line.
   */
  function showProblem(prefix, error, status) {
    if (!(error instanceof ApiError)) {
      text(status, 'The server could not be reached: ' + error.message);
      return;
    }
    const unplaced = [];
    for (const problem of error.fieldErrors) {
      const span = $(prefix + '-' + problem.field + '-error');
      if (span) {
        text(span, problem.message);
      } else {
        unplaced.push(problem.field + ': ' + problem.message);
      }
    }
    if (error.fieldErrors.length === 0 || unplaced.length > 0) {
      text(status, unplaced.length > 0 ? unplaced.join('; ') : error.message);
    }
    status.classList.add('error');
  }

  function ok(status, message) {
    status.classList.remove('error');
    text(status, message);
  }

  function roomRequest(prefix) {
    const request = {};
    for (const field of ROOM_FIELDS) {
      request[field] = $(prefix + '-' + field).value;
    }
    return request;
  }

  async function loadMe() {
    const me = await api('GET', '');
    text($('me'), 'Signed in as ' + (me.uri || me.login));
    if (!me.provisioned) {
      text($('page-error'), 'Your login ' + me.login + ' stands for ' + me.uri
        + ', which is not a Persistent Chat user. Ask your administrator to provision it.');
    }
    return me.provisioned;
  }

  async function loadCategories() {
    const categories = await api('GET', '/categories');
    const select = $('create-category');
    select.replaceChildren();
    for (const category of categories) {
      const option = element('option', category.name);
      option.value = String(category.id);
      select.append(option);
    }
    $('create-none').hidden = categories.length > 0;
    $('create-form').hidden = categories.length === 0;
  }

  async function loadRooms() {
    const rooms = await api('GET', '/rooms');
    const list = $('rooms');
    list.replaceChildren();
    for (const room of rooms) {
      const item = document.createElement('li');
      item.dataset.roomId = String(room.id);
      item.append(element('span', room.name));
      item.lastChild.className = 'room-name';
      item.append(element('span', room.privacy + ', ' + room.type
        + (room.disabled ? ', disabled' : '')));
      item.lastChild.className = 'room-meta';
      const manage = element('button', 'Manage');
      manage.type = 'button';
      manage.className = 'manage';
      manage.addEventListener('click', () => openEditor(room.id));
      item.append(manage);
      list.append(item);
    }
    $('rooms-empty').hidden = rooms.length > 0;
  }

  async function createRoom(event) {
    event.preventDefault();
    const form = $('create-form');
    const status = $('create-status');
    clearErrors(form);
    ok(status, 'Creating…');
    const request = roomRequest('create');
    request.category = Number($('create-category').value);
    for (const optional of ['description', 'addin']) {
      if (request[optional] === '') {
        delete request[optional];
      }
    }
    try {
      const room = await api('POST', '/rooms', request);
      ok(status, 'Created ' + room.name + '.');
      form.reset();
      await loadRooms();
    } catch (error) {
      text(status, '');
      showProblem('create', error, status);
    }
  }

  function fillEditor(room) {
    openRoom = room;
    text($('edit-title'), room.name);
    $('edit-name').value = room.name;
    $('edit-description').value = room.description || '';
    $('edit-privacy').value = room.privacy;
    $('edit-type').value = room.type;
    $('edit-invitations').value = room.invitations;
    $('edit-addin').value = room.addin || '';
    $('edit-disabled').checked = room.disabled;
    text($('edit-presenters-title'), room.type === 'Auditorium' ? 'Presenters' : 'Presenters (auditoriums only)');
    for (const role of ['members', 'managers', 'presenters']) {
      const list = $('edit-' + role);
      list.replaceChildren();
      for (const uri of room[role]) {
        const item = element('li', uri);
        const remove = element('button', 'Remove');
        remove.type = 'button';
        remove.addEventListener('click', () => changeRole('DELETE', role, uri));
        item.append(remove);
        list.append(item);
      }
    }
  }

  async function openEditor(id) {
    const section = $('edit-section');
    clearErrors(section);
    text($('edit-status'), '');
    text($('role-status'), '');
    try {
      fillEditor(await api('GET', '/rooms/' + id));
      section.hidden = false;
      await loadEligible();
      section.scrollIntoView();
    } catch (error) {
      showProblem('edit', error, $('page-error'));
    }
  }

  async function loadEligible() {
    const list = $('role-eligible');
    list.replaceChildren();
    const principals = await api('GET', '/rooms/' + openRoom.id + '/eligible-principals?resultSize=200');
    for (const principal of principals) {
      const option = document.createElement('option');
      option.value = principal.uri.replace(/^sip:/, '');
      list.append(option);
    }
  }

  async function saveRoom(event) {
    event.preventDefault();
    const form = $('edit-form');
    const status = $('edit-status');
    clearErrors(form);
    ok(status, 'Saving…');
    const request = roomRequest('edit');
    request.disabled = $('edit-disabled').checked;
    try {
      fillEditor(await api('PUT', '/rooms/' + openRoom.id, request));
      ok(status, 'Saved.');
      await loadRooms();
    } catch (error) {
      text(status, '');
      showProblem('edit', error, status);
    }
  }

  async function changeRole(method, role, uri) {
    const status = $('role-status');
    clearErrors($('role-form'));
    const address = uri.trim().replace(/^sip:/i, '');
    try {
      fillEditor(await api(method, '/rooms/' + openRoom.id + '/' + role + '/'
        + encodeURIComponent(address)));
      ok(status, method === 'PUT' ? 'Added.' : 'Removed.');
      if (method === 'PUT') {
        $('role-principal').value = '';
      }
      await loadRooms();
    } catch (error) {
      text(status, '');
      if (error instanceof ApiError && error.status === 404 && error.fieldErrors.length === 0) {
        text($('role-principal-error'), 'No Persistent Chat user has the address ' + address);
        return;
      }
      showProblem('role', error, status);
    }
  }

  function addRole(event) {
    event.preventDefault();
    const principal = $('role-principal').value;
    if (principal.trim() === '') {
      text($('role-principal-error'), 'Enter the SIP address of a user');
      return;
    }
    changeRole('PUT', $('role-role').value, principal);
  }

  async function start() {
    $('create-form').addEventListener('submit', createRoom);
    $('edit-form').addEventListener('submit', saveRoom);
    $('role-form').addEventListener('submit', addRole);
    $('edit-close').addEventListener('click', () => {
      $('edit-section').hidden = true;
      openRoom = null;
    });
    try {
      if (await loadMe()) {
        await Promise.all([loadCategories(), loadRooms()]);
      } else {
        $('create-form').hidden = true;
      }
      document.body.dataset.ready = 'true';
    } catch (error) {
      showProblem('page', error, $('page-error'));
      document.body.dataset.ready = 'error';
    }
  }

  document.addEventListener('DOMContentLoaded', start);
}());
