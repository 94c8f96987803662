// The smaller resources, each as a table of what exists and one form that creates or changes an
// entry: principals, add-ins, policies, configuration, compliance configuration, endpoints.

import {api, segment} from './api.js';
import {h, replace} from './dom.js';
import {field, form, confirmAction, notify, describe} from './forms.js';
import {address} from './principals.js';

const yesNo = v => v ? 'yes' : 'no';
const blank = v => v ?? '';

/** Fills a resource's form with an entry, so that "Edit" is: load it into the form, change, save. */
function load(formNode, item) {
  for (const control of formNode.elements) {
    // The API shows a scope as "identity" and names it "scope" when it refuses one.
    const key = control.name === 'scope' ? 'identity' : control.name;
    if (!key || !(key in item)) {
      continue;
    }
    if (control.type === 'checkbox') {
      control.checked = item[key] === true;
    } else {
      control.value = item[key] ?? '';
    }
  }
  formNode.scrollIntoView();
}

const RESOURCES = {
  principals: {
    title: 'Principals',
    intro: 'Users known to the pool. Provision one, or look one up by its SIP address.',
    list: null,
    fields: () => [
      field({name: 'uri', label: 'SIP URI', placeholder: 'sip:user@example.com'}),
      field({name: 'displayName', label: 'Display name'}),
      field({name: 'email', label: 'E-mail'})],
    submit: 'Provision',
    save: async values => {
      const created = await api.post('/principals', values);
      return `Principal ${created.uri} provisioned.`;
    }
  },
  addins: {
    title: 'Add-ins',
    list: '/addins',
    columns: [['Name', a => a.name], ['URL', a => a.url], ['Rooms', a => (a.rooms ?? []).join(', ')]],
    fields: () => [
      h('input', {type: 'hidden', name: 'id'}),
      field({name: 'name', label: 'Name'}),
      field({name: 'url', label: 'URL', placeholder: 'https://…'})],
    submit: 'Save add-in',
    save: async ({id, ...values}) => {
      const saved = id ? await api.put('/addins/' + segment(id), values) : await api.post('/addins', values);
      return `Add-in "${saved.name}" saved.`;
    },
    remove: a => '/addins/' + segment(a.id),
    label: a => a.name
  },
  policies: {
    title: 'Policies',
    list: '/policies',
    columns: [['Identity', p => p.identity], ['Persistent Chat', p => yesNo(p.enablePersistentChat)],
      ['Description', p => blank(p.description)]],
    fields: () => [
      field({name: 'scope', label: 'Identity', placeholder: 'global, site:<name> or tag:<name>'}),
      field({name: 'enablePersistentChat', label: 'Enable Persistent Chat', type: 'checkbox'}),
      field({name: 'description', label: 'Description', keepBlank: true})],
    submit: 'Save policy',
    save: async ({scope, ...values}) => {
      const saved = await api.put('/policies/' + segment(scope ?? ''), values);
      return `Policy ${saved.identity} saved.`;
    },
    remove: p => '/policies/' + segment(p.identity),
    label: p => p.identity,
    extra: grantForm
  },
  configuration: {
    title: 'Configuration',
    list: '/configuration',
    columns: [['Scope', c => c.identity], ['Default chat history', c => c.defaultChatHistory],
      ['Participant update limit', c => c.participantUpdateLimit], ['Max file size KB', c => c.maxFileSizeKB],
      ['Room management URL', c => blank(c.roomManagementUrl)]],
    fields: () => [
      field({name: 'scope', label: 'Scope', placeholder: 'global, site:<name> or service:PersistentChatServer:<pool>'}),
      field({name: 'defaultChatHistory', label: 'Default chat history (1-500)', type: 'number'}),
      field({name: 'participantUpdateLimit', label: 'Participant update limit', type: 'number'}),
      field({name: 'maxFileSizeKB', label: 'Max file size (KB)', type: 'number'}),
      field({name: 'roomManagementUrl', label: 'Room management URL', keepBlank: true})],
    submit: 'Save configuration',
    save: async ({scope, ...values}) => {
      const saved = await api.put('/configuration/' + segment(scope ?? ''), numbers(values,
          ['defaultChatHistory', 'participantUpdateLimit', 'maxFileSizeKB']));
      return `Configuration ${saved.identity} saved.`;
    },
    remove: c => '/configuration/' + segment(c.identity),
    label: c => c.identity
  },
  'compliance-configuration': {
    title: 'Compliance',
    list: '/compliance-configuration',
    columns: [['Scope', c => c.identity], ['Adapter', c => blank(c.adapterType)],
      ['Output directory', c => blank(c.adapterOutputDirectory)], ['Run interval', c => blank(c.runInterval)]],
    fields: () => [
      field({name: 'scope', label: 'Scope', placeholder: 'global, site:<name> or service:PersistentChatServer:<pool>'}),
      field({name: 'adapterType', label: 'Adapter type'}),
      field({name: 'adapterName', label: 'Adapter name'}),
      field({name: 'adapterOutputDirectory', label: 'Output directory'}),
      field({name: 'runInterval', label: 'Run interval (ISO-8601 duration)', placeholder: 'PT15M'}),
      field({name: 'oneChatRoomPerOutputFile', label: 'One chat room per output file', type: 'checkbox'}),
      field({name: 'addChatRoomDetails', label: 'Add chat room details', type: 'checkbox'}),
      field({name: 'addUserDetails', label: 'Add user details', type: 'checkbox'}),
      field({name: 'createFileAttachmentsManifest', label: 'File attachments manifest', type: 'checkbox'}),
      field({name: 'customConfiguration', label: 'Custom configuration (XSLT)', multiline: true})],
    submit: 'Save compliance configuration',
    save: async ({scope, ...values}) => {
      const saved = await api.put('/compliance-configuration/' + segment(scope ?? ''), values);
      return `Compliance configuration ${saved.identity} saved.`;
    },
    remove: c => '/compliance-configuration/' + segment(c.identity),
    label: c => c.identity
  },
  endpoints: {
    title: 'Endpoints',
    list: '/endpoints',
    columns: [['SIP address', e => e.sipAddress], ['Display name', e => blank(e.displayName)], ['Pool', e => blank(e.pool)]],
    fields: () => [
      field({name: 'sipAddress', label: 'SIP address', placeholder: 'sip:ocschat@example.com'}),
      field({name: 'displayName', label: 'Display name'}),
      field({name: 'pool', label: 'Pool FQDN', help: 'This server\'s SIP domain when empty.'})],
    submit: 'Add endpoint',
    save: async values => {
      const created = await api.post('/endpoints', values);
      return `Endpoint ${created.sipAddress} added.`;
    },
    remove: e => '/endpoints/' + segment(address(e.sipAddress)),
    label: e => e.sipAddress
  }
};

function numbers(values, keys) {
  const result = {...values};
  for (const key of keys) {
    // A non-number goes as typed, so that the server names the field and its rule.
    if (result[key] !== undefined && /^-?\d+$/.test(result[key])) {
      result[key] = Number(result[key]);
    }
  }
  return result;
}

/** Grant-CsPersistentChatPolicy: a tag policy to a user, or taken back. */
function grantForm() {
  const result = h('p', {class: 'result', role: 'status', id: 'grant-result'});
  let revoke = false;
  const node = form({id: 'grant-form', class: 'boxed'}, [h('h3', null, 'Grant a tag policy'),
    field({name: 'identity', label: 'Policy', placeholder: 'tag:<name>'}),
    field({name: 'user', label: 'User', placeholder: 'sip:user@example.com'})], 'Grant', async values => {
    const path = `/policies/${segment(values.identity ?? '')}/users/${segment(address(values.user ?? ''))}`;
    if (revoke) {
      revoke = false;
      await api.del(path);
      result.textContent = `${values.identity} taken back from ${values.user}.`;
    } else {
      await api.put(path);
      result.textContent = `${values.identity} granted to ${values.user}.`;
    }
  }, result);
  node.querySelector('.actions').append(h('button', {type: 'submit', onclick: () => { revoke = true; }}, 'Take back'));
  return node;
}

export async function settingsView(which) {
  const key = which ?? 'principals';
  const spec = RESOURCES[key];
  const tabs = h('nav', {class: 'tabs', 'aria-label': 'Settings'}, Object.entries(RESOURCES).map(([k, r]) =>
      h('a', {href: '#/settings/' + k, class: k === key ? 'current' : null}, r.title)));
  if (!spec) {
    return {node: h('section', null, tabs, h('p', null, 'No such settings page.'))};
  }
  const table = h('div', {id: 'settings-list'});
  const editor = form({id: 'settings-form', class: 'boxed', 'data-resource': key}, spec.fields(), spec.submit, async values => {
    notify(await spec.save(values));
    // Ready for the next entry: an add-in's hidden id must not turn the next create into an edit.
    editor.reset();
    for (const hidden of editor.querySelectorAll('input[type=hidden]')) {
      hidden.value = '';
    }
    await refresh();
  });

  async function refresh() {
    if (!spec.list) {
      return;
    }
    try {
      const items = await api.get(spec.list);
      replace(table, h('table', {class: 'list'},
          h('thead', null, h('tr', null, spec.columns.map(([t]) => h('th', null, t)), h('th', null, ''))),
          h('tbody', null, items.length ? items.map(item => h('tr', null,
              spec.columns.map(([, cell]) => h('td', null, String(cell(item) ?? ''))),
              h('td', {class: 'row-actions'},
                  h('button', {type: 'button', class: 'link', onclick: () => load(editor, item)}, 'Edit'),
                  spec.remove ? h('button', {type: 'button', class: 'link danger', onclick: async () => {
                    if (!await confirmAction(`Remove ${spec.label(item)}?`, 'Remove')) {
                      return;
                    }
                    try {
                      await api.del(spec.remove(item));
                      notify(`${spec.label(item)} removed.`);
                      await refresh();
                    } catch (e) {
                      notify(describe(e), 'error');
                    }
                  }}, 'Remove') : null)))
              : h('tr', null, h('td', {colspan: spec.columns.length + 1, class: 'empty'}, 'None.')))));
    } catch (e) {
      replace(table, h('p', {class: 'form-error'}, describe(e)));
    }
  }

  await refresh();
  return {node: h('section', {id: 'settings-page'}, h('h1', null, 'Settings'), tabs,
      spec.intro ? h('p', null, spec.intro) : null, table, editor, spec.extra ? spec.extra() : null)};
}
