/**
 * The audit as one self-contained HTML file: inline CSS and inline SVG charts,
 * no script and nothing loaded from anywhere (a Content-Security-Policy
 * forbids it), so it can be mailed, archived and opened offline. Charts: the
 * share of notes with a finding per family, per group value, and over time,
 * each with its 95 % interval; then the tables behind them. Every value from
 * the input (group values, periods, excerpts) is HTML-escaped.
 */
import { DEFAULT_DOCS_BASE, RULES_BY_ID } from '../../engine/index.ts';
import { familyTitle } from '../../engine/docs/render.ts';
import { escapeHtml, htmlPageStart } from '../formats/html.ts';
import type { AuditJson, RateEntry, TallyJson } from './counts.ts';
import { MISSING } from './fields.ts';
import { ratePer1000, type Rate } from './stats.ts';

/** Group values shown in a chart: the largest groups; the table below lists them all. */
const MAX_BARS = 40;

const CSS = `
:root{--fg:#1d2939;--muted:#667085;--line:#eaecf0;--bar:#6941c6;--ci:#1d2939;--band:#d9d6fe}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;padding:24px 32px;max-width:1200px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px}h3{font-size:16px;margin:20px 0 6px}
.muted{color:var(--muted)}.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:150px}.card b{display:block;font-size:22px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}thead th{background:#f9fafb}.scroll{overflow-x:auto}.zero{color:#d0d5dd}
svg text{font-size:12px;fill:var(--fg)}svg .bar{fill:var(--bar)}svg .ci{stroke:var(--ci);stroke-width:1.5}svg .axis{stroke:#98a2b3}
svg .grid{stroke:var(--line)}svg .band{fill:var(--band);opacity:.7}svg .line{fill:none;stroke:var(--bar);stroke-width:2}svg .point{fill:var(--bar)}
.chart{max-width:900px;display:block}ul.examples{margin:2px 0 8px;padding-left:20px;font-size:13px;text-align:left;white-space:normal}
`;

const fmt = (v: number | null) => (v === null ? '–' : v.toLocaleString('en', { maximumFractionDigits: 1 }));
const ci = (r: Rate) => (r.ci95 ? `${fmt(r.ci95[0])}–${fmt(r.ci95[1])}` : '–');
const attr = (v: string | number) => escapeHtml(String(v));

interface Bar {
  cls: string;
  key: string;
  label: string;
  notes: number;
  of: number;
  rate: Rate;
}

/** Horizontal bars of per-1,000 rates with their interval as a whisker. */
function barChart(id: string, title: string, bars: readonly Bar[], keyAttr: string): string {
  const rowH = 24;
  const labelW = 300;
  const plotW = 480;
  const top = 22;
  const height = top + bars.length * rowH + 8;
  const max = Math.max(1, ...bars.map((b) => b.rate.ci95?.[1] ?? 0));
  const x = (v: number) => labelW + (v / max) * plotW;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const grid = ticks.map((t) => `<line class="grid" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top - 4}" y2="${height - 6}"/><text x="${x(t).toFixed(1)}" y="${top - 8}" text-anchor="middle">${fmt(Math.round(t))}</text>`).join('');
  const rows = bars
    .map((b, i) => {
      const y = top + i * rowH;
      const v = b.rate.per1000Notes ?? 0;
      const [lo, hi] = b.rate.ci95 ?? [0, 0];
      const w = Math.max(0, x(v) - labelW);
      const tip = `${b.label}: ${b.notes} of ${b.of} notes, ${fmt(b.rate.per1000Notes)} per 1,000 (95 % CI ${ci(b.rate)})`;
      return (
        `<g class="${b.cls}" ${keyAttr}="${attr(b.key)}" data-notes="${b.notes}" data-per1000="${v}"><title>${escapeHtml(tip)}</title>` +
        `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(b.label.length > 44 ? b.label.slice(0, 43) + '…' : b.label)}</text>` +
        `<rect class="bar" x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 10}" rx="2"/>` +
        `<line class="ci" x1="${x(lo).toFixed(1)}" x2="${x(hi).toFixed(1)}" y1="${y + 9}" y2="${y + 9}"/>` +
        `<text x="${(x(hi) + 6).toFixed(1)}" y="${y + 15}">${fmt(b.rate.per1000Notes)}</text></g>`
      );
    })
    .join('');
  return `<svg id="${attr(id)}" class="chart" role="img" aria-label="${attr(title)}" viewBox="0 0 ${labelW + plotW + 70} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${grid}${rows}</svg>`;
}

/** The share of notes with any finding per period, as a line with its interval as a band. */
function trendChart(periods: ReadonlyArray<[string, TallyJson]>): string {
  const points = periods.map(([p, t]) => ({ period: p, notes: t.notes, rate: ratePer1000(t.notesWithFindings, t.notes) }));
  const w = 760;
  const h = 280;
  const left = 56;
  const bottom = 40;
  const top = 12;
  const max = Math.max(1, ...points.map((p) => p.rate.ci95?.[1] ?? 0));
  const step = points.length > 1 ? (w - left - 44) / (points.length - 1) : 0;
  const px = (i: number) => left + (points.length > 1 ? i * step : (w - left) / 2);
  const py = (v: number) => top + (1 - v / max) * (h - top - bottom);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => `<line class="grid" x1="${left}" x2="${w - 10}" y1="${py(f * max).toFixed(1)}" y2="${py(f * max).toFixed(1)}"/><text x="${left - 6}" y="${(py(f * max) + 4).toFixed(1)}" text-anchor="end">${fmt(Math.round(f * max))}</text>`)
    .join('');
  const upper = points.map((p, i) => `${px(i).toFixed(1)},${py(p.rate.ci95?.[1] ?? 0).toFixed(1)}`);
  const lower = points.map((p, i) => `${px(i).toFixed(1)},${py(p.rate.ci95?.[0] ?? 0).toFixed(1)}`).reverse();
  const band = points.length ? `<polygon class="band" points="${[...upper, ...lower].join(' ')}"/>` : '';
  const line = `<polyline class="line" points="${points.map((p, i) => `${px(i).toFixed(1)},${py(p.rate.per1000Notes ?? 0).toFixed(1)}`).join(' ')}"/>`;
  const every = Math.max(1, Math.ceil(points.length / 12));
  const marks = points
    .map(
      (p, i) =>
        `<circle class="point" data-period="${attr(p.period)}" data-notes="${p.notes}" data-per1000="${p.rate.per1000Notes ?? 0}" cx="${px(i).toFixed(1)}" cy="${py(p.rate.per1000Notes ?? 0).toFixed(1)}" r="4"><title>${escapeHtml(`${p.period}: ${fmt(p.rate.per1000Notes)} per 1,000 notes (95 % CI ${ci(p.rate)}), ${p.notes} notes`)}</title></circle>` +
        (i % every === 0 ? `<text x="${px(i).toFixed(1)}" y="${h - bottom + 18}" text-anchor="middle">${escapeHtml(p.period)}</text>` : ''),
    )
    .join('');
  return `<svg id="trend-chart" class="chart" role="img" aria-label="Notes with at least one finding per 1,000 notes, by period" viewBox="0 0 ${w} ${h}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>Notes with at least one finding per 1,000 notes, by period</title>${grid}<line class="axis" x1="${left}" x2="${w - 10}" y1="${h - bottom}" y2="${h - bottom}"/>${band}${line}${marks}</svg>`;
}

function rateCells(e: RateEntry | undefined, of: number): string {
  const r = e ?? { notes: 0, findings: 0, ...ratePer1000(0, of) };
  const z = (n: number) => (n === 0 ? `<span class="zero">0</span>` : n.toLocaleString('en'));
  return `<td>${z(r.notes)}</td><td>${z(r.findings)}</td><td>${fmt(r.per1000Notes)}</td><td>${ci(r)}</td>`;
}

const RATE_HEAD = '<th>Notes</th><th>Findings</th><th>Per 1,000 notes</th><th>95 % CI</th>';

function familyBars(t: TallyJson): Bar[] {
  return Object.entries(t.families).map(([f, e]) => ({ cls: 'family', key: f, label: familyTitle(f), notes: e.notes, of: t.notes, rate: e }));
}

function groupSection(field: string, values: Record<string, TallyJson>, i: number): string {
  const entries = Object.entries(values).sort((a, b) => b[1].notes - a[1].notes);
  const bars = entries.slice(0, MAX_BARS).map(([v, t]): Bar => ({ cls: 'group', key: v, label: v, notes: t.notesWithFindings, of: t.notes, rate: ratePer1000(t.notesWithFindings, t.notes) }));
  const families = Object.keys(entries[0]?.[1].families ?? {});
  const head = `<tr><th>${escapeHtml(field)}</th><th>Notes</th><th>With findings</th><th>Per 1,000</th><th>95 % CI</th>${families.map((f) => `<th title="${attr(familyTitle(f))}">${escapeHtml(f)}</th>`).join('')}</tr>`;
  const body = entries
    .map(([v, t]) => {
      const any = ratePer1000(t.notesWithFindings, t.notes);
      return `<tr><td>${escapeHtml(v)}</td><td>${t.notes.toLocaleString('en')}</td><td>${t.notesWithFindings.toLocaleString('en')}</td><td>${fmt(any.per1000Notes)}</td><td>${ci(any)}</td>${families.map((f) => `<td title="${attr(`${f}: ${t.families[f]?.notes ?? 0} notes`)}">${fmt(t.families[f]?.per1000Notes ?? null)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const more = entries.length > MAX_BARS ? `<p class="muted">The chart shows the ${MAX_BARS} largest of ${entries.length} groups; the table lists them all.</p>` : '';
  return `<section class="group-field" data-field="${attr(field)}"><h3>By ${escapeHtml(field)}</h3>
${barChart(`group-chart-${i + 1}`, `Notes with at least one finding per 1,000 notes, by ${field}`, bars, 'data-value')}${more}
<p class="muted">Family columns: notes with at least one finding of the family, per 1,000 notes of the group.</p>
<div class="scroll"><table class="group-table"><thead>${head}</thead><tbody>
${body}
</tbody></table></div></section>`;
}

function rulesTable(json: AuditJson): string {
  const entries = Object.entries(json.rules).sort((a, b) => b[1].notes - a[1].notes || (a[0] < b[0] ? -1 : 1));
  if (entries.length === 0) return '<p class="muted">No rule found anything.</p>';
  const rows = entries.map(([id, e]) => {
    const rule = RULES_BY_ID.get(id);
    const link = rule ? `<a href="${attr(`${DEFAULT_DOCS_BASE}${id}.md`)}" rel="noopener">${escapeHtml(id)}</a>` : escapeHtml(id);
    const examples = e.examples?.length ? `<ul class="examples">${e.examples.map((x) => `<li><span class="muted">${escapeHtml(x.id)}:</span> ${escapeHtml(x.excerpt)}</li>`).join('')}</ul>` : '';
    return `<tr data-rule="${attr(id)}"><td>${link}${examples}</td><td>${escapeHtml(familyTitle(rule?.family ?? 'documentation'))}</td>${rateCells(e, json.notes)}</tr>`;
  });
  return `<div class="scroll"><table id="rules-table"><thead><tr><th>Rule</th><th>Family</th>${RATE_HEAD}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>`;
}

export function formatAuditHtml(json: AuditJson, options: { version: string; generated?: Date; title?: string }): string {
  const title = options.title ?? 'Rapport language audit';
  const any = ratePer1000(json.notesWithFindings, json.notes);
  const findings = Object.values(json.rules).reduce((n, r) => n + r.findings, 0);
  const periods = Object.entries(json.periods).filter(([p]) => p !== MISSING);
  const undated = json.periods[MISSING]?.notes ?? 0;
  const generated = options.generated ?? new Date();
  const familyRows = Object.entries(json.families)
    .map(([f, e]) => `<tr data-family="${attr(f)}"><td>${escapeHtml(familyTitle(f))}</td>${rateCells(e, json.notes)}</tr>`)
    .join('\n');
  return `${htmlPageStart({ title, csp: "default-src 'none'; style-src 'unsafe-inline'", css: CSS, version: options.version, generated })} Counts only: no note text${Object.values(json.rules).some((r) => r.examples?.length) ? ' except the masked excerpts asked for with --examples' : ''}.
A rate is the share of notes with at least one finding, per 1,000 notes, with its 95 % Wilson interval.</p>
<div class="cards">
<div class="card"><b id="notes-count">${json.notes.toLocaleString('en')}</b>notes audited</div>
<div class="card"><b>${json.notesWithFindings.toLocaleString('en')}</b>with at least one finding</div>
<div class="card"><b>${fmt(any.per1000Notes)}</b>per 1,000 notes (95 % CI ${ci(any)})</div>
<div class="card"><b>${findings.toLocaleString('en')}</b>findings</div>
${json.skipped ? `<div class="card"><b>${json.skipped.toLocaleString('en')}</b>records not audited</div>` : ''}
</div>
<h2>By family</h2>
${barChart('family-chart', 'Notes with at least one finding per 1,000 notes, by rule family', familyBars(json), 'data-family')}
<div class="scroll"><table id="family-table"><thead><tr><th>Family</th>${RATE_HEAD}</tr></thead><tbody>
${familyRows}
</tbody></table></div>
${Object.keys(json.groups).length ? `<h2>By group</h2>\n${Object.entries(json.groups).map(([field, values], i) => groupSection(field, values, i)).join('\n')}` : ''}
${periods.length ? `<h2>Over time</h2>\n${trendChart(periods)}${undated ? `<p class="muted">${undated.toLocaleString('en')} notes without a usable date are not in the chart.</p>` : ''}` : ''}
<h2>By rule</h2>
${rulesTable(json)}
</body>
</html>
`;
}
