/** The status-bar text for the active note. */
import assert from 'node:assert/strict';
import { statusText } from '../../client/src/status-text.ts';

describe('client: status-bar text', () => {
  it('shows a check when the note is clean', () => {
    assert.equal(statusText({ error: 0, warning: 0, info: 0, hint: 0 }).text, '$(check) Rapport');
  });
  it('counts by severity, folding hints into info, with a readable tooltip', () => {
    const s = statusText({ error: 1, warning: 2, info: 1, hint: 3 });
    assert.equal(s.text, 'Rapport $(error) 1 $(warning) 2 $(info) 4');
    assert.equal(s.tooltip, 'Rapport: 1 error, 2 warnings, 1 info, 3 hints in this note. Click to open Problems.');
  });
  it('omits severities with no findings', () => {
    assert.equal(statusText({ error: 0, warning: 1, info: 0, hint: 0 }).text, 'Rapport $(warning) 1');
  });
});
