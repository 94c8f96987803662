// Categories: the list (search by name, pages), the create/edit form, delete with confirmation,
// and the AllowedMembers, DeniedMembers and Creators lists.

import {api} from './api.js';
import {h} from './dom.js';
import {field, form, confirmAction, notify, notifyAfterNavigation, showProblem} from './forms.js';
import {pagedList} from './paging.js';
import {principalList} from './principals.js';

export async function categoriesView() {
  const list = pagedList({
    id: 'categories',
    placeholder: 'Search categories by name',
    empty: 'No category matches.',
    columns: [
      ['Name', c => h('a', {href: '#/categories/' + c.id, 'data-id': c.id}, c.name)],
      ['Description', c => c.description ?? ''],
      ['History', c => c.chatHistory ? 'on' : 'off'],
      ['File upload', c => c.fileUpload ? 'on' : 'off'],
      ['Invitations', c => c.invitations ? 'on' : 'off']
    ],
    load: async term => {
      const all = await api.get('/categories');
      const wanted = term.toLowerCase();
      return all.filter(c => c.name.toLowerCase().includes(wanted))
          .sort((a, b) => a.name.localeCompare(b.name));
    }
  });
  await list.reload();
  return {node: h('section', {id: 'categories-page'},
      h('div', {class: 'title-row'}, h('h1', null, 'Categories'),
          h('a', {href: '#/categories/new', class: 'button primary', id: 'new-category'}, 'New category')),
      list.node)};
}

export async function categoryView(which) {
  const creating = which === 'new';
  const category = creating ? {chatHistory: true} : await api.get('/categories/' + which);
  const fields = [
    field({name: 'name', label: 'Name', value: category.name}),
    field({name: 'description', label: 'Description', value: category.description, multiline: true, keepBlank: !creating}),
    field({name: 'chatHistory', label: 'Keep chat history', type: 'checkbox', value: category.chatHistory}),
    field({name: 'fileUpload', label: 'Allow file upload', type: 'checkbox', value: category.fileUpload === true}),
    field({name: 'invitations', label: 'Allow invitations', type: 'checkbox', value: category.invitations === true})
  ];
  const editor = form({id: 'category-form'}, fields, creating ? 'Create category' : 'Save', async values => {
    if (creating) {
      const created = await api.post('/categories', values);
      notifyAfterNavigation(`Category "${created.name}" created.`);
      location.hash = '#/categories/' + created.id;
    } else {
      const saved = await api.put('/categories/' + category.id, values);
      node.querySelector('h1').textContent = saved.name;
      notify(`Category "${saved.name}" saved.`);
    }
  });
  const node = h('section', {id: 'category-page'},
      h('p', null, h('a', {href: '#/categories'}, '← Categories')),
      h('h1', null, creating ? 'New category' : category.name), editor);
  if (creating) {
    return {node};
  }
  const lists = [['allowed-members', 'Allowed members', 'allowedMembers'],
    ['denied-members', 'Denied members', 'deniedMembers'],
    ['creators', 'Creators', 'creators']].map(([segmentName, title, key]) => {
    const list = principalList({
      id: 'category-' + segmentName, title,
      path: `/categories/${category.id}/${segmentName}`,
      eligible: `/categories/${category.id}/eligible-principals`,
      entries: category[key] ?? [],
      onChange: updated => list.render(updated[key] ?? [])
    });
    return list.node;
  });
  const remove = h('button', {type: 'button', class: 'danger', id: 'delete-category'}, 'Delete category');
  remove.addEventListener('click', async () => {
    if (!await confirmAction(`Delete the category "${category.name}"? Only an empty category can be deleted.`)) {
      return;
    }
    try {
      await api.del('/categories/' + category.id);
      notifyAfterNavigation(`Category "${category.name}" deleted.`);
      location.hash = '#/categories';
    } catch (e) {
      showProblem(editor, e);
    }
  });
  node.append(h('div', {class: 'lists'}, lists), h('div', {class: 'danger-zone'}, remove));
  return {node};
}
