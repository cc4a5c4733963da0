'use strict';
/*
 * deltanet dashboard: runs, run, compare and sweep pages, routed after '#'. In a report
 * (window.DELTANET_REPORT) the same pages read the data embedded in the file instead of the server.
 */
(function () {
  const REPORT = window.DELTANET_REPORT || null;
  const POLL_MS = 2000;
  const COLORS = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#4b5563', '#ca8a04'];
  const main = document.getElementById('main');
  let timer = null;
  let charts = [];

  // ---- data -------------------------------------------------------------------------------
  async function api(path) {
    if (REPORT) {
      const value = REPORT.data[path];
      if (value === undefined) throw new Error('not part of this report: ' + path);
      return value;
    }
    const response = await fetch('api/' + path, {cache: 'no-store'});
    if (!response.ok) throw new Error(path + ': ' + response.status + ' ' + (await response.text()));
    return response.json();
  }

  function fileUrl(id, name) {
    if (REPORT) return (REPORT.base[id] !== undefined ? REPORT.base[id] : '') + name;
    return 'files/' + id.split('/').map(encodeURIComponent).join('/') + '/' + encodeURIComponent(name);
  }

  // ---- small helpers ----------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null) continue;
      if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function num(value, digits) {
    if (value === null || value === undefined || Number.isNaN(value)) return '';
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-3 || abs >= 1e5)) return value.toExponential(2);
    return value.toFixed(digits === undefined ? 4 : digits);
  }

  function duration(seconds) {
    if (!seconds) return '';
    if (seconds < 60) return seconds.toFixed(1) + ' s';
    const m = Math.floor(seconds / 60);
    const s = Math.round(seconds % 60);
    return m + ':' + String(s).padStart(2, '0');
  }

  function statusBadge(status, id) {
    const word = (status || 'unknown').split(/[: ]/)[0];
    return el('span', {'class': 'status ' + word, id: id, title: status, text: status});
  }

  function runLink(entry) {
    return el('a', {href: (entry.kind === 'sweep' ? '#/sweep/' : '#/run/') + encodeURIComponent(entry.id),
      text: entry.name});
  }

  function poll(fn) {
    if (REPORT) return;
    timer = setInterval(() => fn().catch(showError), POLL_MS);
  }

  function showError(error) {
    document.getElementById('live').textContent = 'error: ' + error.message;
  }

  function live() {
    document.getElementById('live').textContent = REPORT ? 'report written ' + REPORT.written
      : 'live · updated ' + new Date().toLocaleTimeString();
  }

  // ---- charts (uPlot) ---------------------------------------------------------------------
  /** series: [{label, values}], all as long as xs; log: logarithmic y axis. */
  function chart(container, title, xs, series, options) {
    options = options || {};
    const box = el('div', {'class': 'chart', 'data-title': title});
    container.append(box);
    const shown = series.filter(s => s.values.some(v => v !== null && v !== undefined));
    if (xs.length === 0 || shown.length === 0) {
      box.append(el('p', {'class': 'muted', text: title + ': no values yet'}));
      return null;
    }
    const log = options.log && shown.every(s => s.values.every(v => v === null || v > 0));
    const data = [xs].concat(shown.map(s => s.values.map(v => (v === null || (log && v <= 0)) ? null : v)));
    const width = Math.max(360, (box.clientWidth || 540) - 10);
    const plot = new uPlot({
      title: title + (log ? ' (log scale)' : ''),
      width: width,
      height: 250,
      scales: {x: options.xLog ? {time: false, distr: 3} : {time: false}, y: log ? {distr: 3} : (options.range ? {range: options.range} : {})},
      axes: [{label: options.xLabel || 'epoch', values: options.xValues}, {label: options.yLabel || '', size: 60}],
      series: [{label: options.xLabel || 'epoch', value: options.xValue}].concat(shown.map((s, i) => ({
        label: s.label,
        stroke: s.color || COLORS[i % COLORS.length],
        width: 2,
        spanGaps: true,
        paths: options.points ? () => null : undefined,
        points: {show: options.points || xs.length <= 40, size: options.points ? 8 : 4,
          fill: s.color || COLORS[i % COLORS.length]}
      })))
    }, data, box);
    charts.push(plot);
    return plot;
  }

  function clear() {
    if (timer) clearInterval(timer);
    timer = null;
    charts.forEach(c => c.destroy());
    charts = [];
    main.replaceChildren();
  }

  // ---- runs page --------------------------------------------------------------------------
  const runsState = {sort: 'started', descending: true, filter: '', selected: new Set()};
  const RUN_COLUMNS = [
    {key: 'name', label: 'name', value: e => e.name},
    {key: 'status', label: 'status', value: e => e.status},
    {key: 'started', label: 'started', value: e => (e.started || '').replace('T', ' ')},
    {key: 'seconds', label: 'duration', value: e => e.seconds, show: e => duration(e.seconds), num: true},
    {key: 'epochs', label: 'epochs', value: e => e.epochs, num: true},
    {key: 'optimizer', label: 'optimizer', value: e => e.params['optimizer.name'] || ''},
    {key: 'lr', label: 'learning rate', value: e => parseFloat(e.params['optimizer.learning-rate']),
      show: e => e.params['optimizer.learning-rate'] || '', num: true},
    {key: 'batch', label: 'mode', value: e => e.params['training.mode'] === 'mini-batch'
      ? 'mini-batch ' + e.params['training.batch-size'] : (e.params['training.mode'] || '')},
    {key: 'layers', label: 'layers', value: e => e.params.layers || ''},
    {key: 'train_loss', label: 'loss', value: e => e.last.train_loss, num: true, metric: true},
    {key: 'validation_loss', label: 'val loss', value: e => e.last.validation_loss, num: true, metric: true},
    {key: 'train_accuracy', label: 'acc', value: e => e.last.train_accuracy, num: true, metric: true},
    {key: 'validation_accuracy', label: 'val acc', value: e => e.last.validation_accuracy, num: true, metric: true},
    {key: 'best_loss', label: 'best val loss (epoch)', value: e => e.best.validation_loss, num: true,
      show: e => e.best.validation_loss === undefined ? '' : num(e.best.validation_loss) + ' (' + e.best.validation_loss_epoch + ')'},
    {key: 'best_acc', label: 'best val acc (epoch)', value: e => e.best.validation_accuracy, num: true,
      show: e => e.best.validation_accuracy === undefined ? '' : num(e.best.validation_accuracy) + ' (' + e.best.validation_accuracy_epoch + ')'}
  ];

  async function runsPage() {
    const compare = el('button', {id: 'compare-button', disabled: 'disabled', text: 'compare selected',
      onclick: () => { location.hash = '#/compare?ids=' + [...runsState.selected].map(encodeURIComponent).join(','); }});
    const filter = el('input', {type: 'search', id: 'filter', placeholder: 'filter: name, status, optimizer, layers…',
      value: runsState.filter, oninput: e => { runsState.filter = e.target.value; draw(); }});
    const count = el('span', {'class': 'muted', id: 'run-count'});
    const head = el('tr', {}, el('th', {}));
    for (const column of RUN_COLUMNS) {
      head.append(el('th', {'class': 'sortable', 'data-key': column.key, text: column.label, onclick: () => {
        runsState.descending = runsState.sort === column.key ? !runsState.descending : column.num === true;
        runsState.sort = column.key;
        draw();
      }}));
    }
    const body = el('tbody');
    main.append(el('h2', {text: 'Runs and sweeps'}), el('div', {'class': 'toolbar'}, filter, compare, count),
      el('table', {id: 'runs-table'}, el('thead', {}, head), body));
    let entries = [];

    function draw() {
      const column = RUN_COLUMNS.find(c => c.key === runsState.sort);
      const words = runsState.filter.toLowerCase().split(/\s+/).filter(w => w);
      const visible = entries.filter(e => {
        const text = [e.name, e.status, e.kind, ...Object.values(e.params)].join(' ').toLowerCase();
        return words.every(w => text.includes(w));
      });
      const sweepsFirst = (a, b) => compareValues(column.value(a), column.value(b)) * (runsState.descending ? -1 : 1);
      const top = visible.filter(e => !e.parent || !visible.some(p => p.id === e.parent)).sort(sweepsFirst);
      const ordered = [];
      for (const entry of top) {
        ordered.push(entry);
        visible.filter(v => v.parent === entry.id).sort(sweepsFirst).forEach(v => ordered.push(v));
      }
      body.replaceChildren(...ordered.map(entry => {
        const box = el('input', {type: 'checkbox', 'data-id': entry.id, onchange: e => {
          if (e.target.checked) runsState.selected.add(entry.id); else runsState.selected.delete(entry.id);
          compare.disabled = runsState.selected.size < 2;
        }});
        box.checked = runsState.selected.has(entry.id);
        const row = el('tr', {'data-id': entry.id, 'class': entry.parent ? 'variant' : null},
          el('td', {}, entry.kind === 'run' ? box : null));
        for (const c of RUN_COLUMNS) {
          const cell = el('td', {'class': (c.num ? 'num ' : '') + c.key});
          if (c.key === 'name') cell.append(runLink(entry), entry.kind === 'sweep' ? el('span', {'class': 'muted', text: ' sweep'}) : '');
          else if (c.key === 'status') cell.append(statusBadge(entry.status));
          else cell.textContent = c.show ? c.show(entry) : (c.metric ? num(c.value(entry)) : c.value(entry));
          row.append(cell);
        }
        return row;
      }));
      head.querySelectorAll('th').forEach(th => {
        th.classList.toggle('sorted-asc', th.dataset.key === runsState.sort && !runsState.descending);
        th.classList.toggle('sorted-desc', th.dataset.key === runsState.sort && runsState.descending);
      });
      count.textContent = visible.length + ' of ' + entries.length + (entries.length === 1 ? ' entry' : ' entries');
      compare.disabled = runsState.selected.size < 2;
    }

    async function refresh() {
      entries = (await api('runs')).runs;
      draw();
      live();
    }
    await refresh();
    poll(refresh);
  }

  function compareValues(a, b) {
    const missingA = a === undefined || a === null || a === '' || Number.isNaN(a);
    const missingB = b === undefined || b === null || b === '' || Number.isNaN(b);
    if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b));
  }

  // ---- one run ----------------------------------------------------------------------------
  function epochsOf(run) {
    return run.metrics.epoch || [];
  }

  function runCharts(container, run) {
    const m = run.metrics;
    const xs = epochsOf(run);
    const col = name => m[name] || xs.map(() => null);
    const loss = xs.length > 1 && spansDecades([].concat(col('train_loss'), col('validation_loss')));
    chart(container, 'loss', xs, [{label: 'training', values: col('train_loss')},
      {label: 'validation', values: col('validation_loss')}], {log: loss, yLabel: 'loss'});
    if (m.train_accuracy) { // a run with numeric targets (regression) records no accuracy
      chart(container, 'accuracy', xs, [{label: 'training', values: col('train_accuracy')},
        {label: 'validation', values: col('validation_accuracy')}], {yLabel: 'accuracy'});
    }
    chart(container, 'learning rate', xs, [{label: 'learning rate', values: col('learning_rate')}], {yLabel: 'alpha'});
    const layers = Object.keys(m).filter(k => k.startsWith('mean_abs_delta_layer'));
    chart(container, 'mean |delta| per layer', xs, layers.map(k => ({label: 'layer ' + k.substring(20), values: m[k]})),
      {log: true, yLabel: 'mean |delta|'});
  }

  function spansDecades(values) {
    const positive = values.filter(v => v !== null && v > 0);
    return positive.length > 1 && Math.max(...positive) / Math.min(...positive) >= 100;
  }

  async function runPage(id) {
    let run = await api('run?id=' + encodeURIComponent(id));
    const status = el('span', {id: 'run-status-box'}, statusBadge(run.status, 'run-status'));
    const epochs = el('strong', {id: 'run-epochs', text: String(run.epochs)});
    const facts = el('div', {'class': 'facts'},
      el('div', {}, el('span', {text: 'status'}), status),
      el('div', {}, el('span', {text: 'epochs'}), epochs),
      el('div', {}, el('span', {text: 'started'}), run.started || '–'));
    const grid = el('div', {'class': 'charts', id: 'run-charts'});
    const summary = el('pre', {id: 'run-summary', text: run.summary || '(no summary yet: the run is still going)'});
    const files = el('ul', {id: 'run-files'});
    main.append(el('h2', {text: run.name}), facts, grid, el('h3', {text: 'Summary'}), summary,
      el('h3', {text: 'Resolved experiment'}), el('pre', {id: 'run-experiment', text: run.experimentText}),
      el('h3', {text: 'Files'}), files);

    function draw() {
      charts.forEach(c => c.destroy());
      charts = [];
      grid.replaceChildren();
      runCharts(grid, run);
      files.replaceChildren(...run.files.map(f => el('li', {}, el('a', {href: fileUrl(run.id, f), text: f}))));
    }
    draw();
    live();
    poll(async () => {
      const next = await api('run?id=' + encodeURIComponent(id));
      const changed = next.epochs !== run.epochs || next.status !== run.status;
      run = next;
      if (changed) {
        status.replaceChildren(statusBadge(run.status, 'run-status'));
        epochs.textContent = String(run.epochs);
        summary.textContent = run.summary || '(no summary yet: the run is still going)';
        draw();
      }
      live();
    });
  }

  // ---- compare ----------------------------------------------------------------------------
  async function comparePage(query) {
    const ids = (new URLSearchParams(query).get('ids') || '').split(',').filter(s => s);
    const all = (await api('runs')).runs.filter(e => e.kind === 'run');
    const picker = el('div', {'class': 'picker', id: 'compare-picker'});
    for (const entry of all) {
      const box = el('input', {type: 'checkbox', value: entry.id, onchange: () => {
        const chosen = [...picker.querySelectorAll('input:checked')].map(b => b.value);
        location.hash = '#/compare?ids=' + chosen.map(encodeURIComponent).join(',');
      }});
      box.checked = ids.includes(entry.id);
      picker.append(el('label', {}, box, ' ' + entry.name));
    }
    main.append(el('h2', {text: 'Compare runs'}), picker);
    if (ids.length === 0) {
      main.append(el('p', {'class': 'muted', text: 'Pick two or more runs above.'}));
      return;
    }
    const runs = await Promise.all(ids.map(id => api('run?id=' + encodeURIComponent(id))));
    const grid = el('div', {'class': 'charts', id: 'compare-charts'});
    main.append(grid);
    const longest = Math.max(...runs.map(r => epochsOf(r).length));
    const xs = Array.from({length: longest}, (_, i) => i + 1);
    const overlay = (column) => runs.map(r => ({label: r.name,
      values: xs.map((_, i) => (r.metrics[column] || [])[i] === undefined ? null : r.metrics[column][i])}));
    for (const [column, title] of [['train_loss', 'training loss'], ['validation_loss', 'validation loss'],
      ['train_accuracy', 'training accuracy'], ['validation_accuracy', 'validation accuracy']]
      .filter(([column]) => runs.some(r => r.metrics[column]))) {
      const series = overlay(column);
      chart(grid, title, xs, series, {log: column.endsWith('loss') && spansDecades(series.flatMap(s => s.values)),
        yLabel: column.replace('_', ' ')});
    }
    const keys = [...new Set(runs.flatMap(r => Object.keys(r.experiment)))];
    const differing = keys.filter(k => new Set(runs.map(r => r.experiment[k] === undefined ? '–' : r.experiment[k])).size > 1);
    const table = el('table', {id: 'compare-diff'}, el('thead', {}, el('tr', {}, el('th', {text: 'key'}),
      ...runs.map(r => el('th', {text: r.name})))));
    const body = el('tbody');
    for (const key of differing) {
      body.append(el('tr', {'data-key': key}, el('td', {text: key}),
        ...runs.map(r => el('td', {text: r.experiment[key] === undefined ? '–' : r.experiment[key]}))));
    }
    table.append(body);
    main.append(el('h3', {text: 'Differences in the resolved experiments (' + differing.length + ' of ' + keys.length + ' keys)'}),
      differing.length ? table : el('p', {'class': 'muted', text: 'The experiments are the same.'}));
    live();
  }

  // ---- sweep ------------------------------------------------------------------------------
  async function sweepPage(id) {
    const sweep = await api('sweep?id=' + encodeURIComponent(id));
    const byName = new Map(sweep.variants.map(v => [v.name, v]));
    main.append(el('h2', {text: sweep.name}), el('div', {'class': 'facts'},
      el('div', {}, el('span', {text: 'status'}), statusBadge(sweep.status, 'sweep-status')),
      el('div', {}, el('span', {text: 'variants'}), String(sweep.variants.length)),
      el('div', {}, el('span', {text: 'ranked by'}), sweep.metric || '–')));
    if (sweep.rows.length) {
      const header = sweep.header;
      const runColumn = header.indexOf('run_directory');
      const shownColumns = header.map((h, i) => i).filter(i => !['error', 'run_directory'].includes(header[i]));
      const table = el('table', {id: 'sweep-ranking'}, el('thead', {}, el('tr', {},
        ...shownColumns.map(i => el('th', {text: header[i]})))));
      const body = el('tbody');
      for (const row of sweep.rows) {
        const dir = runColumn >= 0 ? row[runColumn].split(/[\\/]/).pop() : '';
        const variant = byName.get(dir);
        body.append(el('tr', {}, ...shownColumns.map(i => {
          if (header[i] === 'variant' && variant) return el('td', {}, runLink(variant));
          return el('td', {text: row[i]});
        })));
      }
      table.append(body);
      main.append(el('h3', {text: 'Ranking'}), table);
      const grid = el('div', {'class': 'charts', id: 'sweep-charts'});
      main.append(el('h3', {text: sweep.metric + ' against each swept key'}), grid);
      const metricColumn = header.indexOf(sweep.metric);
      for (const key of sweep.keys) {
        const k = header.indexOf(key);
        const points = sweep.rows.map(r => [r[k], parseFloat(r[metricColumn])]).filter(p => !Number.isNaN(p[1]));
        const numeric = points.every(p => !Number.isNaN(parseFloat(p[0])));
        const categories = [...new Set(points.map(p => p[0]))].sort();
        const xOf = p => numeric ? parseFloat(p[0]) : categories.indexOf(p[0]);
        points.sort((a, b) => xOf(a) - xOf(b));
        chart(grid, sweep.metric + ' vs ' + key, points.map(xOf), [{label: sweep.metric, values: points.map(p => p[1])}],
          {points: true, xLabel: key + (numeric && spansDecades(points.map(xOf)) ? ' (log scale)' : ''),
            xLog: numeric && points.every(p => xOf(p) > 0) && spansDecades(points.map(xOf)), yLabel: sweep.metric,
            xValues: numeric ? undefined : (u, splits) => splits.map(s => categories[s] === undefined ? '' : categories[s]),
            xValue: numeric ? undefined : (u, v) => categories[v]});
      }
    } else {
      const table = el('table', {id: 'sweep-variants'}, el('thead', {}, el('tr', {},
        el('th', {text: 'variant'}), el('th', {text: 'status'}), el('th', {text: 'epochs'}), el('th', {text: 'val loss'}))));
      const body = el('tbody');
      sweep.variants.forEach(v => body.append(el('tr', {}, el('td', {}, runLink(v)), el('td', {}, statusBadge(v.status)),
        el('td', {'class': 'num', text: String(v.epochs)}), el('td', {'class': 'num', text: num(v.last.validation_loss)}))));
      table.append(body);
      main.append(el('p', {'class': 'muted', text: 'The ranking appears when the sweep ends.'}), table);
    }
    main.append(el('h3', {text: 'Files'}), el('ul', {}, ...sweep.files.map(f => el('li', {}, el('a', {href: fileUrl(sweep.id, f), text: f})))));
    live();
    if (sweep.status === 'running') poll(async () => { const next = await api('sweep?id=' + encodeURIComponent(id));
      if (next.status !== sweep.status || next.variants.length !== sweep.variants.length
          || next.variants.some((v, i) => v.epochs !== sweep.variants[i].epochs)) route(); });
  }

  // ---- router -----------------------------------------------------------------------------
  async function route() {
    clear();
    const hash = location.hash || (REPORT ? REPORT.start : '#/');
    const [path, query] = hash.substring(1).split('?');
    try {
      if (path.startsWith('/run/')) await runPage(decodeURIComponent(path.substring(5)));
      else if (path.startsWith('/sweep/')) await sweepPage(decodeURIComponent(path.substring(7)));
      else if (path.startsWith('/compare')) await comparePage(query || '');
      else await runsPage();
    } catch (error) {
      main.append(el('p', {'class': 'error', text: error.message}));
    }
  }

  window.addEventListener('hashchange', route);
  route();
})();
