// Export-CsPersistentChatData and Import-CsPersistentChatData: an export runs on the server in
// the background, so the page polls its progress and offers the archive once it is Done.

import {api, url, segment} from './api.js';
import {h, replace} from './dom.js';
import {field, form, confirmAction, describe} from './forms.js';

const POLL_MS = 500;

export async function transferView() {
  let timer = null;
  const progress = h('div', {id: 'export-progress', class: 'progress-box', 'aria-live': 'polite'});

  function follow(job) {
    const bar = h('progress', {max: 100, value: job.progress ?? 0, id: 'export-bar'});
    const text = h('span', {id: 'export-status'}, `${job.status} ${job.progress ?? 0} %`);
    replace(progress, bar, text);
    if (job.status === 'Running') {
      timer = setTimeout(async () => {
        try {
          follow(await api.get('/exports/' + segment(job.id)));
        } catch (e) {
          replace(progress, h('p', {class: 'form-error', role: 'alert'}, describe(e)));
        }
      }, POLL_MS);
    } else if (job.status === 'Done') {
      progress.append(h('a', {id: 'export-download', class: 'button primary',
        href: url('/exports/' + segment(job.id) + '/file'), download: `pchat-export-${job.id}.zip`},
          'Download the archive'));
    } else {
      progress.append(h('p', {class: 'form-error', role: 'alert', id: 'export-error'}, job.error ?? 'The export failed.'));
    }
  }

  const exportForm = form({id: 'export-form', class: 'boxed'}, [
    h('h2', null, 'Export'),
    field({name: 'level', label: 'Level', value: 'All', options: ['All', 'User', 'Category', 'RoomDirectory', 'Content']}),
    field({name: 'scope', label: 'Categories', help: 'Names separated by commas; all categories when empty.'}),
    field({name: 'startDate', label: 'Messages from (date or instant)', placeholder: '2026-01-01'})
  ], 'Start export', async values => {
    clearTimeout(timer);
    replace(progress);
    follow(await api.post('/exports', values));
  }, progress);

  const result = h('div', {id: 'import-result', 'aria-live': 'polite'});
  const fileRow = h('div', {class: 'field', 'data-field': 'archive'},
      h('label', {for: 'import-file'}, 'Archive (ZIP made by an export)'),
      h('input', {type: 'file', id: 'import-file', accept: '.zip,application/zip'}));
  const importForm = form({id: 'import-form', class: 'boxed'}, [
    h('h2', null, 'Import'), fileRow,
    field({name: 'mode', label: 'Same-named items', value: 'merge',
      options: [['merge', 'merge into them'], ['overwrite', 'overwrite them']]})
  ], 'Import', async values => {
    const file = document.getElementById('import-file').files[0];
    replace(result);
    if (!file) {
      replace(result, h('p', {class: 'form-error'}, 'Choose an archive first.'));
      return;
    }
    if (values.mode === 'overwrite' && !await confirmAction(
        'Overwrite categories, rooms and add-ins of the same name with the archive\'s?', 'Overwrite')) {
      return;
    }
    replace(result, h('progress', {id: 'import-bar'}), ' Importing…');
    try {
      const counts = await api.upload('/imports', file, 'application/zip', {mode: values.mode});
      replace(result, h('p', {id: 'import-summary'}, 'Imported: ' + Object.entries(counts)
          .map(([what, n]) => `${n} ${what}`).join(', ') + '.'));
    } catch (e) {
      replace(result);
      throw e;
    }
  }, result);

  return {
    node: h('section', {id: 'transfer-page'}, h('h1', null, 'Export and import'), exportForm, importForm),
    cleanup: () => clearTimeout(timer)
  };
}
