/** `rapport audit --format html`: one self-contained offline file, its charts checked in headless Chromium. */
import assert from 'node:assert/strict';
import { launchChromium, requireChromium } from '../helpers/chromium.ts';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../helpers/cli.ts';
import { tempDir } from './util.ts';
import { audit, corpusRecords, FIELDS, writeJsonl } from './audit-fixtures.ts';

const OUT = join(REPO, 'test-output', 'audit');

describe('cli: rapport audit --format html', function () {
  this.timeout(120_000);

  it('self-contained, escaped; family, group and trend charts drawn from the counts; no network', async function () {
    const dir = tempDir('rapport-audit-html-');
    const records = corpusRecords(240).map((r, i) => ({ ...r, department: i % 40 === 0 ? '<script>alert("x")</script>' : r.department }));
    writeJsonl(join(dir, 'export.jsonl'), records);
    const args = ['export.jsonl', ...FIELDS, '--group-by', 'department', '--date-field', 'written', '--examples', '2'];
    const json = audit(args, { cwd: dir }).json();
    const file = join(dir, 'audit.html');
    const r = audit([...args, '-f', 'html', '-o', file], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(file, 'utf8');
    assert.doesNotMatch(html, /<(script|link|img|iframe)\b/i);
    assert.doesNotMatch(html, /url\(|@import/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));

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
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(pathToFileURL(file).href);
      assert.equal(await page.textContent('#notes-count'), '240');

      // By family: a bar per family, as long as its rate, with the interval around the bar's end.
      const families = await page.$$eval('#family-chart g.family', (gs) =>
        gs.map((g) => {
          const line = g.querySelector('line.ci')!;
          return { family: g.getAttribute('data-family'), per1000: Number(g.getAttribute('data-per1000')), width: g.querySelector('rect')!.getBoundingClientRect().width, lo: line.getBoundingClientRect().left, hi: line.getBoundingClientRect().right, end: g.querySelector('rect')!.getBoundingClientRect().right };
        }),
      );
      assert.equal(families.length, 11);
      for (const f of families) {
        assert.equal(f.per1000, json.families[f.family!]!.per1000Notes, f.family!);
        assert.equal(f.width > 0, f.per1000 > 0, f.family!);
        if (f.per1000 > 0) assert.ok(f.lo <= f.end + 0.5 && f.end <= f.hi + 0.5, JSON.stringify(f));
      }
      const drawn = families.filter((f) => f.per1000 > 0);
      assert.ok(drawn.length >= 3, JSON.stringify(families));
      const widest = drawn.reduce((a, b) => (b.per1000 > a.per1000 ? b : a));
      for (const f of drawn) assert.ok(Math.abs(f.width / widest.width - f.per1000 / widest.per1000) < 0.02, `bars are proportional to the rates: ${JSON.stringify([f, widest])}`);
      const box = await page.locator('#family-chart').boundingBox();
      assert.ok(box && box.width > 600 && box.height > 200, `chart box ${JSON.stringify(box)}`);

      // By group: one bar per department, the escaped value shown as text.
      const groups = await page.$$eval('#group-chart-1 g.group', (gs) => gs.map((g) => ({ value: g.getAttribute('data-value'), notes: Number(g.getAttribute('data-notes')) })));
      assert.deepEqual(groups.map((g) => g.value).sort(), Object.keys(json.groups.department!).sort());
      for (const g of groups) assert.equal(g.notes, json.groups.department![g.value!]!.notesWithFindings);
      assert.ok((await page.locator('#group-chart-1').textContent())!.includes('<script>alert("x")</script>'));

      // Over time: one point per month, in order, higher where the rate is higher.
      const points = await page.$$eval('#trend-chart circle.point', (cs) => cs.map((c) => ({ period: c.getAttribute('data-period'), per1000: Number(c.getAttribute('data-per1000')), y: c.getBoundingClientRect().top })));
      assert.deepEqual(points.map((p) => p.period), Object.keys(json.periods));
      const [low, high] = [...points].sort((a, b) => a.per1000 - b.per1000).filter((_, i, all) => i === 0 || i === all.length - 1);
      assert.ok(high!.per1000 === low!.per1000 || high!.y < low!.y, 'a higher rate is drawn higher');

      // By rule: every rule that found something, its masked examples beneath it.
      assert.equal(await page.locator('#rules-table tbody tr').count(), Object.keys(json.rules).length);
      const firstExample = Object.entries(json.rules).find(([, e]) => e.examples?.length)!;
      assert.ok((await page.locator(`#rules-table tr[data-rule="${firstExample[0]}"] ul.examples`).textContent())!.includes(firstExample[1].examples![0]!.excerpt));

      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: join(OUT, 'audit-report.png'), fullPage: true });
      assert.deepEqual(errors, []);
      assert.deepEqual(external, [], 'the report loads nothing from the network');
    } finally {
      await browser.close();
    }
    assert.ok(existsSync(join(OUT, 'audit-report.png')));
  });
});
