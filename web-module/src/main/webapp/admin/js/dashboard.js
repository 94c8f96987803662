// Live figures from /api/dashboard, refreshed every few seconds while the page is shown, and
// the messages per day of /api/reports/usage as an SVG bar chart.

import {api} from './api.js';
import {h, svg, replace} from './dom.js';
import {describe} from './forms.js';

const REFRESH_MS = 3000;

const FIGURES = [
  ['connectedSessions', 'Connected sessions', n => String(n)],
  ['joinedParticipants', 'Joined participants', n => String(n)],
  ['messagesPerSecond', 'Messages per second', n => Number(n).toFixed(2)],
  ['complianceQueueDepth', 'Compliance queue depth', n => String(n)]
];

export async function dashboardView() {
  const values = {};
  const cards = FIGURES.map(([key, label]) => {
    values[key] = h('span', {class: 'figure-value', id: 'figure-' + key}, '…');
    return h('div', {class: 'figure', 'data-figure': key}, values[key], h('span', {class: 'figure-label'}, label));
  });
  const updated = h('p', {class: 'updated', id: 'figures-updated'});
  const chart = h('div', {class: 'chart', id: 'usage-chart'});
  const days = h('select', {id: 'usage-days', 'aria-label': 'Period'},
      [7, 30, 90].map(d => h('option', {value: d, selected: d === 30}, `last ${d} days`)));

  async function refresh() {
    try {
      const figures = await api.get('/dashboard');
      for (const [key, , format] of FIGURES) {
        values[key].textContent = format(figures[key] ?? 0);
      }
      updated.textContent = 'Updated ' + new Date().toLocaleTimeString();
      updated.classList.remove('stale');
    } catch (error) {
      updated.textContent = 'Cannot refresh: ' + describe(error);
      updated.classList.add('stale');
    }
  }

  async function drawUsage() {
    try {
      const report = await api.get('/reports/usage', {days: days.value});
      replace(chart, barChart(report.messagesPerDay ?? []));
    } catch (error) {
      replace(chart, h('p', {class: 'form-error'}, describe(error)));
    }
  }

  days.addEventListener('change', drawUsage);
  await Promise.all([refresh(), drawUsage()]);
  const timer = setInterval(refresh, REFRESH_MS);
  const node = h('section', {id: 'dashboard'},
      h('h1', null, 'Dashboard'),
      h('div', {class: 'figures'}, cards), updated,
      h('div', {class: 'chart-head'}, h('h2', null, 'Messages per day'), days), chart);
  return {node, cleanup: () => clearInterval(timer)};
}

/** One bar per day, scaled to the busiest day, with the count in each bar's tooltip. */
export function barChart(days) {
  const width = 720;
  const height = 220;
  const left = 40;
  const bottom = 24;
  const top = 10;
  const max = Math.max(1, ...days.map(d => d.count));
  const slot = (width - left) / Math.max(1, days.length);
  const bar = Math.max(1, slot * 0.7);
  const scale = (height - bottom - top) / max;
  const chart = svg('svg', {viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Messages per day', class: 'bars'});
  chart.append(svg('line', {x1: left, y1: height - bottom, x2: width, y2: height - bottom, class: 'axis'}));
  for (const tick of [0, max]) {
    const y = height - bottom - tick * scale;
    chart.append(svg('text', {x: left - 6, y: y + 4, class: 'tick', 'text-anchor': 'end'}, String(tick)));
  }
  const labelEvery = Math.ceil(days.length / 10);
  days.forEach((day, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    const barHeight = day.count * scale;
    chart.append(svg('rect', {x, y: height - bottom - barHeight, width: bar, height: barHeight,
      class: 'bar', 'data-day': day.day, 'data-count': day.count},
        svg('title', null, `${day.day}: ${day.count} messages`)));
    if (i % labelEvery === 0) {
      chart.append(svg('text', {x: x + bar / 2, y: height - 8, class: 'tick', 'text-anchor': 'middle'},
          day.day.slice(5)));
    }
  });
  return chart;
}
