import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import parseSpdx from 'spdx-expression-parse';
test('probe', () => { expect(spdxIds.length).toBeGreaterThan(100); expect(parseSpdx('MIT')).toEqual({ license: 'MIT' }); });
