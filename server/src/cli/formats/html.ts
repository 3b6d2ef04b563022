/**
 * The educator's HTML report: one self-contained file (inline CSS and JS, no
 * external resources; a Content-Security-Policy forbids loading any) with a
 * sortable summary table, an inline SVG chart of findings per family for the
 * class, and a section per student with each finding in its sentence, the
 * suggested wording and the rule's documentation link. Every piece of note
 * text is HTML-escaped.
 */
import { FAMILIES } from '../../engine/index.ts';
import { familyTitle } from '../../engine/docs/render.ts';
import { SEVERITIES, type ClassReport, type ReportRow } from '../class-report.ts';

/**
 * The head of Rapport's self-contained HTML reports (the class report, the audit): one file, nothing fetched,
 * so `csp` forbids every load the page does not need.
 */
export function htmlPageStart(page: { title: string; csp: string; css: string; version: string; generated: Date }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${page.csp}">
<meta name="generator" content="Rapport ${escapeHtml(page.version)}">
<title>${escapeHtml(page.title)}</title>
<style>${page.css}</style>
</head>
<body>
<h1>${escapeHtml(page.title)}</h1>
<p class="muted">Generated ${escapeHtml(page.generated.toISOString().slice(0, 16).replace('T', ' '))} UTC by Rapport ${escapeHtml(page.version)}.`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);
const anchorId = (i: number) => `student-${i + 1}`;

const CSS = `
:root{--err:#b42318;--warn:#b54708;--info:#175cd3;--hint:#667085;--bg:#fff;--fg:#1d2939;--muted:#667085;--line:#eaecf0;--accent:#6941c6}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:24px 32px;max-width:1400px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px}h3{font-size:16px;margin:0}
.muted{color:var(--muted)}.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:120px}.card b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}thead th{position:sticky;top:0;background:#f9fafb;cursor:pointer;user-select:none}
thead th[aria-sort=ascending]::after{content:" ▲"}thead th[aria-sort=descending]::after{content:" ▼"}
tfoot td{font-weight:600;background:#f9fafb}.zero{color:#d0d5dd}.scroll{overflow-x:auto}
.score{font-weight:600}.low{color:var(--err)}.mid{color:var(--warn)}.high{color:#027a48}
.chart{max-width:760px}.chart text{font-size:12px;fill:var(--fg)}.chart .bar{fill:var(--accent)}
.student{border-top:2px solid var(--line);padding-top:8px}.student header{display:flex;gap:16px;align-items:baseline;flex-wrap:wrap}
ol.findings{padding-left:20px}ol.findings li{margin:10px 0}
.sev{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;border-radius:4px;padding:0 6px;color:#fff}
.sev.error{background:var(--err)}.sev.warning{background:var(--warn)}.sev.info{background:var(--info)}.sev.hint{background:var(--hint)}
blockquote{margin:4px 0;padding:4px 10px;border-left:3px solid var(--line);background:#fcfcfd}
mark{background:#fef0c7;padding:0 2px;border-radius:2px}.suggest{color:#027a48}
@media print{thead th{position:static}.student{break-inside:avoid-page}}
`;

const SCRIPT = `
(function(){
  var table=document.getElementById('summary-table');if(!table)return;
  var heads=table.tHead.rows[0].cells;
  function val(cell,type){var v=cell.getAttribute('data-value');if(v===null)v=cell.textContent;return type==='number'?parseFloat(v):v.toLowerCase();}
  Array.prototype.forEach.call(heads,function(th,col){
    th.tabIndex=0;
    function sort(){
      var type=th.getAttribute('data-type')||'text';
      var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
      Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',dir);
      var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){var x=val(a.cells[col],type),y=val(b.cells[col],type);var c=x<y?-1:x>y?1:0;return dir==='ascending'?c:-c;});
      rows.forEach(function(r){body.appendChild(r);});
    }
    th.addEventListener('click',sort);
    th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});
  });
})();
`;

function num(n: number): string {
  return n === 0 ? '<span class="zero">0</span>' : String(n);
}

function scoreClass(s: number): string {
  return s < 60 ? 'low' : s < 85 ? 'mid' : 'high';
}

function chart(report: ClassReport): string {
  const data = FAMILIES.map((f) => ({ family: f, title: familyTitle(f), count: report.totals.families[f] }));
  const max = Math.max(1, ...data.map((d) => d.count));
  const rowH = 24;
  const labelW = 380;
  const barW = 380;
  const height = data.length * rowH + 10;
  const bars = data
    .map((d, i) => {
      const y = i * rowH + 5;
      const w = Math.round((d.count / max) * barW);
      return `<g class="family" data-family="${escapeHtml(d.family)}" data-count="${d.count}"><text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(d.title)}</text><rect class="bar" x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}" rx="3"><title>${escapeHtml(d.title)}: ${d.count}</title></rect><text x="${labelW + w + 6}" y="${y + 15}">${d.count}</text></g>`;
    })
    .join('');
  return `<svg id="family-chart" class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${labelW + barW + 60} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">Findings per rule family, whole class</title>${bars}</svg>`;
}

function tableRow(row: ReportRow, i: number): string {
  const cells = [
    `<td data-value="${escapeHtml(row.name)}"><a href="#${anchorId(i)}">${escapeHtml(row.name)}</a></td>`,
    `<td class="score ${scoreClass(row.score)}" data-value="${row.score}">${row.score.toFixed(1)}</td>`,
    `<td data-value="${row.words}">${row.words}</td>`,
    ...SEVERITIES.map((s) => `<td data-value="${row.severities[s]}">${num(row.severities[s])}</td>`),
    ...FAMILIES.map((f) => `<td data-value="${row.families[f]}">${num(row.families[f])}</td>`),
  ];
  return `<tr>${cells.join('')}</tr>`;
}

function studentSection(row: ReportRow, i: number, groupBy: 'file' | 'folder'): string {
  const parts: string[] = [];
  const total = row.notes.reduce((n, note) => n + note.findings.length, 0);
  parts.push(
    `<section class="student" id="${anchorId(i)}"><header><h2>${escapeHtml(row.name)}</h2><span class="score ${scoreClass(row.score)}">Score ${row.score.toFixed(1)}</span><span class="muted">${row.words} words · ${total} finding${total === 1 ? '' : 's'}</span></header>`,
  );
  for (const note of row.notes) {
    if (groupBy === 'folder') parts.push(`<h3>${escapeHtml(note.path)}</h3>`);
    if (note.mode && note.mode !== 'reflection') parts.push(`<p class="muted">Linted as a ${escapeHtml(note.mode)} note (the note's front matter says so).</p>`);
    if (note.error) parts.push(`<p class="low">${escapeHtml(note.error)}</p>`);
    if (note.findings.length === 0 && !note.error) {
      parts.push('<p class="muted">No findings.</p>');
      continue;
    }
    parts.push('<ol class="findings">');
    for (const f of note.findings) {
      const url = safeUrl(f.docsUrl);
      const rule = url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(f.ruleId)}</a>` : escapeHtml(f.ruleId);
      const suggestion = f.suggestions.length ? `<div class="suggest">Suggested wording: ${f.suggestions.map((s) => `<q>${escapeHtml(s)}</q>`).join(' or ')}</div>` : '';
      parts.push(
        `<li class="finding" data-rule="${escapeHtml(f.ruleId)}"><span class="sev ${f.severity}">${f.severity}</span> <span class="muted">line ${f.line}, column ${f.column}</span> — ${escapeHtml(f.message)}` +
          `<blockquote>${escapeHtml(f.context.before)}<mark>${escapeHtml(f.context.match)}</mark>${escapeHtml(f.context.after)}</blockquote>${suggestion}<div class="muted">Rule: ${rule} · ${escapeHtml(familyTitle(f.family))}</div></li>`,
      );
    }
    parts.push('</ol>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function formatReportHtml(report: ClassReport, options: { title?: string; generated?: Date; version: string }): string {
  const t = report.totals;
  const title = options.title ?? 'Rapport class report';
  const head = [
    '<th data-type="text">' + (report.groupBy === 'file' ? 'Student file' : 'Folder') + '</th>',
    '<th data-type="number">Score</th>',
    '<th data-type="number">Words</th>',
    ...SEVERITIES.map((s) => `<th data-type="number">${s === 'info' ? 'Infos' : s[0]!.toUpperCase() + s.slice(1) + 's'}</th>`),
    ...FAMILIES.map((f) => `<th data-type="number" title="${escapeHtml(familyTitle(f))}">${escapeHtml(f)}</th>`),
  ];
  const foot = [
    `<td>Class (${t.rows} row${t.rows === 1 ? '' : 's'})</td>`,
    `<td title="Mean of the rows; whole-class score ${t.score.toFixed(1)}">${t.meanScore.toFixed(1)}</td>`,
    `<td>${t.words}</td>`,
    ...SEVERITIES.map((s) => `<td>${t.severities[s]}</td>`),
    ...FAMILIES.map((f) => `<td>${t.families[f]}</td>`),
  ];
  const w = report.rubric.weights;
  const generated = options.generated ?? new Date();
  return `${htmlPageStart({ title, csp: "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:", css: CSS, version: options.version, generated })} Notes are linted as student reflections (identifiers are errors).</p>
<div class="cards">
<div class="card"><b>${t.files}</b>notes</div>
<div class="card"><b>${t.words}</b>words</div>
<div class="card"><b>${t.meanScore.toFixed(1)}</b>mean score</div>
<div class="card"><b>${t.severities.error}</b>errors</div>
<div class="card"><b>${t.severities.warning}</b>warnings</div>
<div class="card"><b>${t.severities.info + t.severities.hint}</b>infos and hints</div>
</div>
<h2>Findings per family (class)</h2>
${chart(report)}
<h2>Summary</h2>
<p class="muted">Click a column to sort. Score = 100 − ${report.rubric.per} × (${w.error} × errors + ${w.warning} × warnings + ${w.info} × infos + ${w.hint} × hints${Object.keys(report.rubric.families).length ? ', by family weight' : ''}) ÷ max(words, ${report.rubric.minWords}), at least 0.</p>
<div class="scroll"><table id="summary-table">
<thead><tr>${head.join('')}</tr></thead>
<tbody>
${report.rows.map(tableRow).join('\n')}
</tbody>
<tfoot><tr>${foot.join('')}</tr></tfoot>
</table></div>
${report.rows.map((row, i) => studentSection(row, i, report.groupBy)).join('\n')}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
