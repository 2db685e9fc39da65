// Trims GitHub's official REST OpenAPI description (the @octokit/openapi package) to the operations
// ai-act-gate calls and the components they reference, for the contract tests (Prism and the
// validating fake fetch). The 13 MB source stays out of the repository:
//
//   cd /tmp/openapi && npm install @octokit/openapi
//   node scripts/trim-openapi.mjs /tmp/openapi/node_modules/@octokit/openapi/generated/api.github.com.json
//
// Writes test-support/openapi/github-trimmed.json. Two fix-ups make it usable with Prism (two more,
// 304 on every GET and nullable oneOf/enum made explicit, are described where they are made):
// - responses also offer `application/vnd.github+json` (what GitHub documents and we send as Accept),
//   mirroring `application/json`, so Prism's content negotiation finds them;
// - example `Link` headers are dropped: they point at api.github.com, and a paginating client
//   would follow them off the mock server.
// And every kept response example must match its own schema (Prism --errors rejects its own answer
// otherwise): a missing required property whose schema is an enum gets the enum's first value (the
// pull-request example lacks `requested_teams[].type`); anything else stops the script.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? '/tmp/openapi/node_modules/@octokit/openapi/generated/api.github.com.json';
const target = process.argv[3] ?? resolve(ROOT, 'test-support/openapi/github-trimmed.json');

/** Every operation src/publish/ (github-client.ts, review-client.ts), src/org/ (org-scan) and src/serve/ call, by path and method. */
export const OPERATIONS = {
  '/repos/{owner}/{repo}/issues/{issue_number}/comments': ['get', 'post'],
  '/repos/{owner}/{repo}/issues/comments/{comment_id}': ['patch', 'delete'],
  '/repos/{owner}/{repo}/pulls/{pull_number}': ['get'],
  '/repos/{owner}/{repo}/pulls/{pull_number}/files': ['get'],
  '/repos/{owner}/{repo}/contents/{path}': ['get'],
  '/user': ['get'],
  // org-scan: list, one tree per repository, blobs by sha, tracking issues.
  '/orgs/{org}/repos': ['get'],
  '/repos/{owner}/{repo}/git/trees/{tree_sha}': ['get'],
  '/repos/{owner}/{repo}/git/blobs/{file_sha}': ['get'],
  '/repos/{owner}/{repo}/issues': ['get', 'post'],
  '/repos/{owner}/{repo}/issues/{issue_number}': ['patch'],
  // The GitHub App (serve): the app itself, installation tokens, check runs, a release's commit and
  // draft state, and the review of a custom deployment protection rule. The release draft is the
  // Action's too (blocked-release: draft).
  '/app': ['get'],
  '/app/installations/{installation_id}/access_tokens': ['post'],
  '/repos/{owner}/{repo}/check-runs': ['post'],
  '/repos/{owner}/{repo}/check-runs/{check_run_id}': ['patch'],
  '/repos/{owner}/{repo}/git/ref/{ref}': ['get'],
  '/repos/{owner}/{repo}/git/tags/{tag_sha}': ['get'],
  '/repos/{owner}/{repo}/releases/{release_id}': ['patch'],
  '/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule': ['post'],
  // Suggested drafts as one pull-request review: list and post reviews, mark an earlier one
  // superseded (a submitted review cannot be deleted), list and delete its comments.
  '/repos/{owner}/{repo}/pulls/{pull_number}/reviews': ['get', 'post'],
  '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}': ['put'],
  '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments': ['get'],
  '/repos/{owner}/{repo}/pulls/comments/{comment_id}': ['delete'],
};

const GITHUB_JSON = 'application/vnd.github+json';
const spec = JSON.parse(readFileSync(source, 'utf8'));

const paths = {};
for (const [path, methods] of Object.entries(OPERATIONS)) {
  const item = spec.paths[path];
  if (!item) throw new Error(`${source}: no path ${path}`);
  paths[path] = {};
  if (item.parameters) paths[path].parameters = item.parameters;
  for (const method of methods) {
    if (!item[method]) throw new Error(`${source}: no ${method.toUpperCase()} ${path}`);
    paths[path][method] = withoutDocs(item[method]);
  }
}

// Fix-up 3 (before collecting components, so its $ref is followed): GitHub answers a conditional GET
// (If-None-Match with an earlier ETag) with 304 Not Modified on every endpoint that sends an ETag
// ("Use conditional requests if appropriate" in its REST best practices), but the description lists
// 304 on only a few GETs. org-scan --cache relies on it for the repository list and trees.
for (const item of Object.values(paths)) {
  if (item.get?.responses && !item.get.responses['304'])
    item.get.responses['304'] = { $ref: '#/components/responses/not_modified' };
}

// Components referenced from the kept operations, followed transitively.
const components = {};
const pending = [paths];
const seen = new Set();
while (pending.length) {
  const node = pending.pop();
  if (Array.isArray(node)) pending.push(...node);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (seen.has(value)) continue;
        seen.add(value);
        const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(value);
        if (!match) throw new Error(`unsupported $ref ${value}`);
        const [, kind, name] = match;
        const target = spec.components[kind]?.[name];
        if (target === undefined) throw new Error(`dangling $ref ${value}`);
        (components[kind] ??= {})[name] = target;
        pending.push(target);
      } else pending.push(value);
    }
  }
}

// Fix-up 1: `application/vnd.github+json` responses mirroring `application/json`.
const responseObjects = [...Object.values(components.responses ?? {})];
for (const item of Object.values(paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (method !== 'parameters') responseObjects.push(...Object.values(operation.responses ?? {}));
  }
}
for (const response of responseObjects) {
  if (response.content?.['application/json'] && !response.content[GITHUB_JSON])
    response.content[GITHUB_JSON] = response.content['application/json'];
}

// Fix-up 2: no example Link headers pointing at api.github.com.
const headerObjects = [...Object.values(components.headers ?? {})];
for (const response of responseObjects) headerObjects.push(...Object.values(response.headers ?? {}));
for (const header of headerObjects) {
  if (typeof header.example === 'string' && header.example.includes('api.github.com')) delete header.example;
}

// Fix-up 4: `nullable: true` beside `oneOf`/`anyOf` with no `type` (issue bodies' `title`, `milestone`,
// `type`; issue-field values), which ajv refuses to compile and OpenAPI 3.0.3 says means nothing. GitHub
// means "or null": each branch is made nullable, and `oneOf` becomes `anyOf` (null would match every
// branch, failing `oneOf`); the branches are of distinct types, so nothing else changes. Likewise a
// nullable `enum` without null (an open issue's `state_reason`, which GitHub sends as null): OpenAPI
// 3.0.3 wants null listed in the enum, so it is added.
liftNullable({ paths, components });

repairExamples();

const trimmed = {
  openapi: spec.openapi,
  info: {
    ...spec.info,
    description:
      `${spec.info.description ?? ''}\n\nTrimmed by ai-act-gate scripts/trim-openapi.mjs to the operations it calls.`.trim(),
  },
  servers: spec.servers,
  paths,
  components: sortKeys(components),
};
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(trimmed)}\n`);
console.log(
  `${target}: ${Object.keys(paths).length} paths, ${seen.size} components, ${(JSON.stringify(trimmed).length / 1024).toFixed(0)} KiB (from ${spec.info.version})`,
);

function repairExamples() {
  const document = { paths, components };
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(document, 'github');
  const escape = (part) => part.replace(/~/g, '~0').replace(/\//g, '~1');
  const at = (pointer) =>
    pointer
      .split('/')
      .slice(1)
      .reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters') continue;
      for (const [status, listed] of Object.entries(operation.responses ?? {})) {
        const pointer = listed.$ref ? listed.$ref.slice(1) : `/paths/${escape(path)}/${method}/responses/${status}`;
        for (const [type, media] of Object.entries(at(pointer).content ?? {})) {
          for (const [name, example] of Object.entries(media.examples ?? {})) {
            const value = example.$ref ? at(example.$ref.slice(1)).value : example.value;
            const validate = ajv.compile({ $ref: `github#${pointer}/content/${escape(type)}/schema` });
            if (validate(value)) continue;
            for (const error of validate.errors) {
              const property =
                error.keyword === 'required'
                  ? at(
                      `${error.schemaPath.slice(1, -'/required'.length)}/properties/${escape(error.params.missingProperty)}`,
                    )
                  : null;
              if (!property?.enum)
                throw new Error(
                  `${method.toUpperCase()} ${path} ${status} example "${name}": ${error.instancePath} ${error.message}`,
                );
              const target = error.instancePath
                .split('/')
                .slice(1)
                .reduce((node, part) => node[part.replace(/~1/g, '/').replace(/~0/g, '~')], value);
              target[error.params.missingProperty] = property.enum[0];
            }
            if (!validate(value))
              throw new Error(
                `${method.toUpperCase()} ${path} ${status} example "${name}" still invalid: ${ajv.errorsText(validate.errors)}`,
              );
          }
        }
      }
    }
  }
}

function liftNullable(node) {
  if (Array.isArray(node)) return node.forEach(liftNullable);
  if (!node || typeof node !== 'object') return;
  if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
  const branches = node.oneOf ?? node.anyOf;
  if (node.nullable === true && node.type === undefined && Array.isArray(branches)) {
    delete node.nullable;
    delete node.oneOf;
    // A `$ref` branch (an app's owner: a user or an enterprise) stays as it is, and null gets a
    // branch of its own: a nullable enum of null alone, which both ajv and OpenAPI 3.0.3 understand.
    let nullBranch = false;
    node.anyOf = branches.map((branch) => {
      if (branch.type === undefined && typeof branch.$ref === 'string') {
        nullBranch = true;
        return branch;
      }
      if (branch.type === undefined)
        throw new Error(`nullable oneOf/anyOf with an untyped branch: ${JSON.stringify(branch).slice(0, 120)}`);
      return { ...branch, nullable: true };
    });
    if (nullBranch) node.anyOf.push({ type: 'object', nullable: true, enum: [null] });
  }
  for (const value of Object.values(node)) liftNullable(value);
}

/** An operation without its long prose, which nothing here reads. */
function withoutDocs(operation) {
  const { description: _description, externalDocs: _externalDocs, ...rest } = operation;
  return rest;
}

function sortKeys(object) {
  return Object.fromEntries(
    Object.entries(object)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, entries]) => [
        kind,
        Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))),
      ]),
  );
}
