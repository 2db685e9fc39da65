/** The contract checker is only worth something if it rejects what GitHub would: a few known violations. */
import { readFileSync, statSync } from 'node:fs';
import { OpenApiContract, TRIMMED_DESCRIPTION } from './openapi-contract.js';

const contract = new OpenApiContract();
const API = 'https://api.github.com';
const json = { 'content-type': 'application/json; charset=utf-8', accept: 'application/vnd.github+json' };
const request = (method: string, path: string, body: unknown = null, headers: Record<string, string> = json) => ({
  method,
  url: new URL(path, API),
  headers: new Headers(headers),
  body: body === null ? null : JSON.stringify(body),
});
const comment = () => contract.example('issue-comment');

describe('the trimmed OpenAPI description', () => {
  it('is small, and has the two fix-ups for Prism', () => {
    expect(statSync(TRIMMED_DESCRIPTION).size).toBeLessThan(300_000);
    const text = readFileSync(TRIMMED_DESCRIPTION, 'utf8');
    expect(text).not.toMatch(/<https:\/\/api\.github\.com[^>]*>; rel=/);
    const list = contract.deref(
      '/paths/~1repos~1{owner}~1{repo}~1issues~1{issue_number}~1comments/get/responses/200',
    ).node;
    expect(Object.keys(list.content)).toEqual(['application/json', 'application/vnd.github+json']);
  });
});

describe('OpenApiContract', () => {
  it('accepts valid requests and responses', () => {
    const create = request('POST', '/repos/o/r/issues/7/comments', { body: 'hello' });
    expect(contract.checkRequest(create)).toEqual([]);
    expect(contract.checkResponse(create, 201, new Headers(json), JSON.stringify(comment()))).toEqual([]);
    expect(contract.checkRequest(request('GET', '/repos/o/r/pulls/7/files?per_page=100&page=2'))).toEqual([]);
    expect(contract.checkRequest(request('GET', '/repos/o/r/contents/models%2Fa%2FREADME.md?ref=abc'))).toEqual([]);
  });

  it('rejects requests outside the contract', () => {
    expect(contract.checkRequest(request('GET', '/repos/o/r/issues/7/labels'))).toEqual([
      'GET /repos/o/r/issues/7/labels: no such operation in the description',
    ]);
    expect(contract.checkRequest(request('POST', '/repos/o/r/issues/7/comments', { text: 'hello' }))[0]).toMatch(
      /request body: \/ must have required property 'body'/,
    );
    expect(contract.checkRequest(request('GET', '/repos/o/r/issues/seven/comments'))[0]).toMatch(
      /path parameter "issue_number": \/ must be integer/,
    );
    expect(contract.checkRequest(request('GET', '/repos/o/r/issues/7/comments?sort=created'))).toEqual([
      'GET /repos/o/r/issues/7/comments: unknown query parameter "sort"',
    ]);
    expect(
      contract.checkRequest(
        request('GET', '/repos/o/r/issues/7/comments', null, { accept: 'application/vnd.github.v3+json' }),
      )[0],
    ).toMatch(/no response of media type/);
    expect(contract.checkRequest(request('DELETE', '/repos/o/r/issues/comments/1', { body: 'x' }))).toEqual([
      'DELETE /repos/o/r/issues/comments/1: the operation takes no request body',
    ]);
  });

  it('rejects responses outside the contract', () => {
    const update = request('PATCH', '/repos/o/r/issues/comments/1', { body: 'x' });
    expect(contract.checkResponse(update, 403, new Headers(json), '{"message":"Forbidden"}')).toEqual([
      'PATCH /repos/o/r/issues/comments/1 → 403: status 403 is not a declared response',
    ]);
    const { user: _user, ...withoutUser } = comment();
    expect(contract.checkResponse(update, 200, new Headers(json), JSON.stringify(withoutUser))[0]).toMatch(
      /must have required property 'user'/,
    );
    expect(contract.checkResponse(update, 200, new Headers({ 'content-type': 'text/html' }), '<html>')[0]).toMatch(
      /media type "text\/html" is not declared/,
    );
    expect(
      contract.checkResponse(request('DELETE', '/repos/o/r/issues/comments/1'), 204, new Headers(json), '{}')[0],
    ).toMatch(/has no body/);
    // Gateway errors come from GitHub's edge and are outside every operation's description.
    expect(contract.checkResponse(update, 502, new Headers(json), '{"message":"Server Error"}')).toEqual([]);
  });
});
