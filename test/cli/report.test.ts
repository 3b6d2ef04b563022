/** `rapport report`: class reports for educators (CSV, JSON, HTML in headless Chromium). */
import assert from 'node:assert/strict';
import { launchChromium, requireChromium } from '../helpers/chromium.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, rapport } from '../helpers/cli.ts';
import { tempDir } from './util.ts';

const CLASS = join(REPO, 'test', 'cli', 'fixtures', 'class');
const OUT = join(REPO, 'test-output', 'report');

interface Row {
  name: string;
  files: number;
  words: number;
  score: number;
  severities: Record<string, number>;
  families: Record<string, number>;
  notes: Array<{ path: string; mode: string; findings: Array<{ ruleId: string; severity: string; context: { before: string; match: string; after: string }; suggestions: string[]; docsUrl: string }> }>;
}

function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split(/\r\n/)
    .map((l) => l.split(','));
}

describe('cli: rapport report', function () {
  this.timeout(90_000);

  it('csv: one row per student file, counts per family and severity, class totals', () => {
    const r = rapport(['report', CLASS, '--format', 'csv']);
    assert.equal(r.status, 0, r.stderr);
    const [header, ...rows] = parseCsv(r.stdout);
    assert.deepEqual(header!.slice(0, 8), ['file', 'files', 'words', 'score', 'errors', 'warnings', 'infos', 'hints']);
    assert.ok(header!.includes('identifiers') && header!.includes('disability'));
    assert.deepEqual(rows.map((x) => x[0]), ['alice/week-1.md', 'alice/week-2.md', 'ben/week-1.md', 'chen/week-1.md', 'TOTAL']);
    const col = (name: string) => header!.indexOf(name);
    const ben = rows[2]!;
    // Reflection mode: the name and the phone number are errors.
    assert.ok(Number(ben[col('errors')]) >= 2, ben.join(','));
    assert.ok(Number(ben[col('identifiers')]) >= 2);
    assert.equal(rows[1]![col('score')], '100');
    const total = rows[4]!;
    for (const c of ['errors', 'warnings', 'identifiers', 'disability', 'words']) {
      assert.equal(Number(total[col(c)]), rows.slice(0, 4).reduce((n, x) => n + Number(x[col(c)]), 0), c);
    }
  });

  it('json: rows, scores by the documented formula, findings with context', () => {
    const r = rapport(['report', CLASS, '--format', 'json']);
    const out = JSON.parse(r.stdout) as { rows: Row[]; totals: Row & { meanScore: number } };
    const alice = out.rows.find((x) => x.name === 'alice/week-1.md')!;
    // 100 − 1000 × (2 × warnings + 5 × errors + 1 × infos) ÷ max(words, 100)
    const expected = Math.max(0, Math.round((100 - (1000 * (5 * alice.severities.error! + 2 * alice.severities.warning! + alice.severities.info!)) / Math.max(alice.words, 100)) * 10) / 10);
    assert.equal(alice.score, expected);
    const finding = alice.notes[0]!.findings.find((f) => f.ruleId === 'pfl.wheelchair-bound')!;
    assert.match(finding.context.before, /^One patient $/);
    assert.match(finding.context.match, /wheelchair-bound/);
    assert.match(finding.context.after, /spinal cord injury/);
    assert.ok(alice.notes.every((n) => n.mode === 'reflection'));
    assert.equal(out.totals.files, 4);
  });

  it('--group-by folder: one row per student folder', () => {
    const r = rapport(['report', CLASS, '--format', 'csv', '--group-by', 'folder']);
    const [, ...rows] = parseCsv(r.stdout);
    assert.deepEqual(rows.map((x) => [x[0], x[1]]), [['alice', '2'], ['ben', '1'], ['chen', '1'], ['TOTAL', '4']]);
  });

  it('--rubric weights the score; a bad rubric exits 2 with one line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rubric.json'), JSON.stringify({ weights: { warning: 0, error: 0 }, families: { identifiers: 1 } }));
    const r = rapport(['report', CLASS, '--format', 'json', '--rubric', join(dir, 'rubric.json')]);
    const out = JSON.parse(r.stdout) as { rows: Row[] };
    assert.ok(out.rows.every((x) => x.score === 100));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ weights: { loud: 3 } }));
    const bad = rapport(['report', CLASS, '--rubric', join(dir, 'bad.json')]);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
  });

  it('html: self-contained, escaped, opens in headless Chromium with a sortable table and a chart', async function () {
    const dir = tempDir();
    const file = join(dir, 'class.html');
    const r = rapport(['report', CLASS, '--output', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    const html = readFileSync(file, 'utf8');
    // Offline: no external resources (links to rule docs are the only URLs, as <a href>).
    assert.doesNotMatch(html, /<(script|link|img|iframe)[^>]+(src|href)=/i);
    assert.doesNotMatch(html, /url\(/);
    // Note text is escaped: the fixture's <script> and <b> tags appear as text.
    assert.ok(!html.includes('<script>alert'), 'note markup must be escaped');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;b&gt;MS&lt;/b&gt; &amp;'));

    requireChromium(this);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const external: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith('file:')) external.push(req.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pathToFileURL(file).href);
      // The chart: one bar per family, the class counts, rendered with a size.
      const bars = await page.$$eval('#family-chart g.family', (gs) => gs.map((g) => ({ family: g.getAttribute('data-family'), count: Number(g.getAttribute('data-count')), width: Number(g.querySelector('rect')!.getAttribute('width')) })));
      assert.equal(bars.length, 11);
      assert.ok(bars.find((b) => b.family === 'identifiers')!.count >= 2);
      assert.ok(bars.every((b) => (b.count > 0) === (b.width > 0)), JSON.stringify(bars));
      const box = await page.locator('#family-chart').boundingBox();
      assert.ok(box && box.width > 300 && box.height > 100, `chart box ${JSON.stringify(box)}`);

      const names = () => page.$$eval('#summary-table tbody tr', (rows) => rows.map((r) => r.children[0]!.textContent));
      const scores = () => page.$$eval('#summary-table tbody tr', (rows) => rows.map((r) => Number(r.children[1]!.getAttribute('data-value'))));
      assert.deepEqual(await names(), ['alice/week-1.md', 'alice/week-2.md', 'ben/week-1.md', 'chen/week-1.md']);
      await page.click('#summary-table thead th:nth-child(2)');
      const asc = await scores();
      assert.deepEqual(asc, [...asc].sort((a, b) => a - b));
      assert.equal((await names())[0], 'ben/week-1.md');
      assert.equal(await page.getAttribute('#summary-table thead th:nth-child(2)', 'aria-sort'), 'ascending');
      await page.click('#summary-table thead th:nth-child(2)');
      const desc = await scores();
      assert.deepEqual(desc, [...desc].sort((a, b) => b - a));
      await page.click('#summary-table thead th:nth-child(1)');
      assert.deepEqual(await names(), ['alice/week-1.md', 'alice/week-2.md', 'ben/week-1.md', 'chen/week-1.md']);

      // Per-student sections: the finding in its sentence, highlighted; the suggestion; the rule link.
      const alice = page.locator('section.student', { hasText: 'alice/week-1.md' });
      assert.equal(await alice.locator('mark').first().textContent(), 'was wheelchair-bound');
      assert.match((await alice.locator('.suggest').first().textContent()) ?? '', /use[sd] a wheelchair/);
      assert.match((await alice.locator('a[href*="pfl.wheelchair-bound"]').first().getAttribute('href')) ?? '', /^https:\/\/.*pfl\.wheelchair-bound\.md$/);
      assert.match((await page.locator('section.student', { hasText: 'chen/week-1.md' }).locator('blockquote').first().textContent()) ?? '', /<b>MS<\/b> &/);

      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: join(OUT, 'class-report.png'), fullPage: true });
      assert.deepEqual(errors, []);
      assert.deepEqual(external, [], 'the report loads nothing from the network');
    } finally {
      await browser.close();
    }
    assert.ok(existsSync(join(OUT, 'class-report.png')));
  });
});
