import { afterEach, describe, expect, it } from 'vitest';
import { getInputs } from '../action/src/action/get-inputs.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

describe('getInputs', () => {
  it('reads every input once, with defaults from the event and the configuration', () => {
    setInputs({ token: 't0ken', comment: 'false', 'fail-on': 'score-drop', rubric: './rules/rubric.yaml', language: 'zh-CN', 'max-vendor-files': '40' });
    expect(getInputs('pull_request_target')).toEqual({
      token: 't0ken',
      paths: { rubric: 'rules/rubric.yaml' },
      language: 'zh-CN',
      comment: false,
      failOn: 'score-drop',
      mode: 'pull-request',
      maxVendorFiles: 40,
    });
    setInputs({ token: 't0ken' });
    expect(getInputs('push')).toMatchObject({ paths: {}, language: null, comment: true, failOn: 'errors', mode: 'publish', maxVendorFiles: 500 });
  });

  it.each([
    [{ token: '' }, /`token` input is empty/],
    [{ token: 't', 'fail-on': 'warnings' }, /`fail-on` input is `warnings`; it must be one of: errors, score-drop, never/],
    [{ token: 't', comment: 'yes' }, /`comment` input is `yes`; it must be true or false/],
    [{ token: 't', vendors: '../elsewhere' }, /`vendors` input must be a path inside the repository/],
    [{ token: 't', templates: '/etc' }, /`templates` input must be a path inside the repository/],
    [{ token: 't', 'max-vendor-files': 'all' }, /`max-vendor-files` input is `all`; it must be a whole number from 1 to 999999/],
  ])('refuses %o with a sentence naming the input', (inputs, message) => {
    setInputs(inputs);
    expect(() => getInputs('pull_request')).toThrow(message);
  });
});
