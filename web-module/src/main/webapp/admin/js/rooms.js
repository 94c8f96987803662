// Rooms: the list (Get-CsPersistentChatRoom's name filter, pages), the create/edit form, delete
// with confirmation, Members/Managers/Presenters, and message moderation and clearing.

import {api} from './api.js';
import {h} from './dom.js';
import {field, form, confirmAction, notify, notifyAfterNavigation, showProblem} from './forms.js';
import {pagedList} from './paging.js';
import {principalList} from './principals.js';

const PRIVACY = ['Open', 'Closed', 'Secret'];
const TYPES = ['Normal', 'Auditorium'];
const INVITATIONS = ['Inherit', 'False'];
const REPLACEMENT = 'This message was replaced by the Persistent Chat administrator.';

export async function roomsView() {
  const categories = await api.get('/categories');
  const names = new Map(categories.map(c => [c.id, c.name]));
  const list = pagedList({
    id: 'rooms',
    placeholder: 'Search rooms by name (* matches anything)',
    empty: 'No room matches.',
    columns: [
      ['Name', r => h('a', {href: '#/rooms/' + r.id, 'data-id': r.id}, r.name)],
      ['Category', r => names.get(r.category) ?? String(r.category)],
      ['Privacy', r => r.privacy],
      ['Type', r => r.type],
      ['State', r => r.disabled ? 'disabled' : 'enabled']
    ],
    // A bare word finds rooms whose name contains it; with a * the admin writes the pattern.
    load: term => api.get('/rooms', {name: term === '' ? undefined : term.includes('*') ? term : `*${term}*`})
  });
  await list.reload();
  return {node: h('section', {id: 'rooms-page'},
      h('div', {class: 'title-row'}, h('h1', null, 'Rooms'),
          h('a', {href: '#/rooms/new', class: 'button primary', id: 'new-room'}, 'New room')),
      list.node)};
}

export async function roomView(which) {
  const creating = which === 'new';
  const [categories, addins, room] = await Promise.all([
    api.get('/categories'), api.get('/addins'),
    creating ? Promise.resolve({privacy: 'Closed', type: 'Normal', invitations: 'Inherit'})
        : api.get('/rooms/' + which)]);
  const fields = [
    field({name: 'name', label: 'Name', value: room.name}),
    field({name: 'description', label: 'Description', value: room.description, multiline: true, keepBlank: !creating}),
    field({name: 'category', label: 'Category', value: room.category,
      options: [['', creating ? 'Choose a category' : ''], ...categories.map(c => [c.id, c.name])]}),
    field({name: 'privacy', label: 'Privacy', value: room.privacy, options: PRIVACY}),
    field({name: 'type', label: 'Type', value: room.type, options: TYPES}),
    field({name: 'invitations', label: 'Invitations', value: room.invitations, options: INVITATIONS}),
    field({name: 'addin', label: 'Add-in', value: room.addin ?? '', keepBlank: !creating,
      options: [['', 'none'], ...addins.map(a => [a.name, a.name])]}),
    creating ? field({name: 'alias', label: 'SIP alias', help: 'Optional: the user part of the room\'s SIP address; derived from the name when left empty.'}) : null,
    field({name: 'disabled', label: 'Disabled', type: 'checkbox', value: room.disabled === true})
  ];
  const editor = form({id: 'room-form'}, fields, creating ? 'Create room' : 'Save', async values => {
    const body = {...values};
    if (body.category !== undefined) {
      body.category = Number(body.category);
    }
    if (creating) {
      const created = await api.post('/rooms', body);
      notifyAfterNavigation(`Room "${created.name}" created.`);
      location.hash = '#/rooms/' + created.id;
    } else {
      const saved = await api.put('/rooms/' + room.id, body);
      node.querySelector('#room-title').textContent = saved.name;
      notify(`Room "${saved.name}" saved.`);
    }
  });
  const node = h('section', {id: 'room-page'},
      h('p', null, h('a', {href: '#/rooms'}, '← Rooms')),
      h('h1', {id: 'room-title'}, creating ? 'New room' : room.name),
      creating ? null : h('p', {class: 'uri'}, room.uri, room.sipUri ? ' · ' + room.sipUri : ''),
      editor);
  if (creating) {
    return {node};
  }
  const lists = [['members', 'Members'], ['managers', 'Managers'], ['presenters', 'Presenters']]
      .map(([key, title]) => {
        const list = principalList({
          id: 'room-' + key, title,
          path: `/rooms/${room.id}/${key}`,
          eligible: `/rooms/${room.id}/eligible-principals` + (key === 'presenters' ? '?presenters=true' : ''),
          entries: room[key] ?? [],
          onChange: updated => list.render(updated[key] ?? [])
        });
        return list.node;
      });
  const remove = h('button', {type: 'button', class: 'danger', id: 'delete-room'}, 'Delete room');
  remove.addEventListener('click', async () => {
    if (!await confirmAction(`Delete the room "${room.name}" with its history?`)) {
      return;
    }
    try {
      await api.del('/rooms/' + room.id);
      notifyAfterNavigation(`Room "${room.name}" deleted.`);
      location.hash = '#/rooms';
    } catch (e) {
      showProblem(editor, e);
    }
  });
  // Roles first: who is in a room is what an administrator looks for most often.
  editor.before(h('h2', null, 'Roles'), h('div', {class: 'lists'}, lists), h('h2', null, 'Properties'));
  node.append(h('h2', null, 'Messages'), moderationForm(room), clearForm(room),
      h('div', {class: 'danger-zone'}, remove));
  return {node};
}

/** Remove-CsPersistentChatMessage for this room. */
function moderationForm(room) {
  const result = h('p', {class: 'result', id: 'moderation-result', role: 'status'});
  const fields = [
    field({name: 'user', label: 'Author (SIP address)', placeholder: 'sip:user@example.com'}),
    field({name: 'keywords', label: 'Keywords', help: 'Separated by spaces.'}),
    field({name: 'match', label: 'Match', value: 'All', options: ['All', 'Or', 'Exact']}),
    field({name: 'matchCase', label: 'Case sensitive', type: 'checkbox'}),
    field({name: 'from', label: 'From (date or instant, inclusive)', type: 'text', placeholder: '2026-01-01'}),
    field({name: 'to', label: 'To (exclusive)', type: 'text', placeholder: '2026-12-31'}),
    field({name: 'action', label: 'Action', value: 'Replace', options: ['Replace', 'Remove']}),
    field({name: 'replacementText', label: 'Replacement text', value: REPLACEMENT, multiline: true})
  ];
  return form({id: 'moderation-form', class: 'boxed'}, [h('h3', null, 'Moderate messages'), fields], 'Moderate', async values => {
    const body = {...values};
    body.keywords = body.keywords ? body.keywords.split(/\s+/).filter(Boolean) : undefined;
    if (body.action === 'Remove') {
      delete body.replacementText;
    }
    const verb = body.action === 'Remove' ? 'Remove' : 'Replace';
    result.textContent = '';
    if (!await confirmAction(`${verb} every message of "${room.name}" that matches? This cannot be undone.`, verb)) {
      return;
    }
    const outcome = await api.post(`/rooms/${room.id}/moderation`, body);
    result.textContent = `${outcome.affected} message(s) ${verb === 'Remove' ? 'removed' : 'replaced'}.`;
  }, result);
}

/** Clear-CsPersistentChatRoom -EndDate for this room. */
function clearForm(room) {
  const result = h('p', {class: 'result', id: 'clear-result', role: 'status'});
  const fields = [field({name: 'upTo', label: 'Up to (date or instant, inclusive)', placeholder: '2026-12-31'})];
  return form({id: 'clear-form', class: 'boxed'}, [h('h3', null, 'Clear history'), fields], 'Clear', async values => {
    result.textContent = '';
    if (!await confirmAction(`Remove every message of "${room.name}" up to ${values.upTo ?? '(no date)'}? This cannot be undone.`, 'Clear')) {
      return;
    }
    const outcome = await api.post(`/rooms/${room.id}/clear`, values);
    result.textContent = `${outcome.removed} message(s) removed.`;
  }, result);
}
