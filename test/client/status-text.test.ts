/** The status-bar text for the active note. */
import assert from 'node:assert/strict';
import { statusText } from '../../client/src/status-text.ts';

describe('client: status-bar text', () => {
  it('shows a check when the note is clean', () => {
    assert.equal(statusText({ error: 0, warning: 0, info: 0, hint: 0 }).text, '$(check) Rapport');
  });
  it('counts what Problems lists (errors, warnings, infos) and names the hints, which it does not list', () => {
    const s = statusText({ error: 1, warning: 2, info: 1, hint: 3 });
    assert.equal(s.text, 'Rapport $(error) 1 $(warning) 2 $(info) 1');
    assert.equal(
      s.tooltip,
      'Rapport: 1 error, 2 warnings, 1 info in this note. Click to open Problems. 3 hints are marked in the note with faint dots; Problems does not list hints.',
    );
  });
  it('a note with hints only shows the check, and the tooltip says where the hints are', () => {
    const s = statusText({ error: 0, warning: 0, info: 0, hint: 1 });
    assert.equal(s.text, '$(check) Rapport');
    assert.match(s.tooltip, /^Rapport: no findings listed in Problems for this note\. 1 hint is marked in the note with faint dots/);
  });
  it('passes every sentence through the translator', () => {
    const seen: string[] = [];
    statusText({ error: 2, warning: 1, info: 1, hint: 2 }, (m, ...a) => (seen.push(m), m.replace('{0}', String(a[0]))));
    assert.deepEqual(seen.sort(), [' {0} hints are marked in the note with faint dots; Problems does not list hints.', '1 warning', 'Rapport: {0} in this note. Click to open Problems.', '{0} errors', '{0} info'].sort());
  });
  it('omits severities with no findings', () => {
    assert.equal(statusText({ error: 0, warning: 1, info: 0, hint: 0 }).text, 'Rapport $(warning) 1');
  });
});
