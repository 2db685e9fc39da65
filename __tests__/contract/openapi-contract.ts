/**
 * Validates HTTP requests and responses against GitHub's REST OpenAPI description (the trimmed copy in
 * test-support/openapi/): the operation must exist, parameters and bodies must match its schemas, and
 * a response's status, media type and body must be among those it declares. JSON Schema `$ref`s are
 * resolved by ajv inside the description; OpenAPI-level `$ref`s (parameters, responses) here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { ROOT } from '../helpers.js';

export const TRIMMED_DESCRIPTION = join(ROOT, 'test-support', 'openapi', 'github-trimmed.json');

/** 502/503/504 come from GitHub's edge, not from the operation: the description does not list them. */
export const GATEWAY_STATUSES = [502, 503, 504];

type Json = Record<string, any>;

export interface MatchedOperation {
  method: string;
  template: string;
  operationId: string;
  pointer: string;
  operation: Json;
  pathParameters: Record<string, string>;
}

export interface HttpExchange {
  method: string;
  url: URL;
  headers: Headers;
  body: string | null;
}

const escapePointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

export class OpenApiContract {
  readonly spec: Json;
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: { method: string; template: string; pattern: RegExp; names: string[] }[] = [];

  constructor(file = TRIMMED_DESCRIPTION) {
    this.spec = JSON.parse(readFileSync(file, 'utf8'));
    this.ajv = new Ajv({ strict: false, allErrors: true });
    const parses = (text: string) => {
      try {
        new URL(text);
        return true;
      } catch {
        return false;
      }
    };
    this.ajv.addFormat('uri', parses);
    this.ajv.addFormat('date-time', (text: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/.test(text),
    );
    this.ajv.addFormat('email', (text: string) => /^[^@\s]+@[^@\s]+$/.test(text));
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    this.ajv.addSchema(this.spec, 'github');
    for (const [template, item] of Object.entries(this.spec.paths as Json)) {
      const names: string[] = [];
      const pattern = new RegExp(
        `^${template.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`,
      );
      for (const method of Object.keys(item))
        if (method !== 'parameters') this.routes.push({ method: method.toUpperCase(), template, pattern, names });
    }
  }

  /** The operation a request is for, or null when the description has none. */
  match(method: string, url: URL): MatchedOperation | null {
    for (const route of this.routes) {
      if (route.method !== method.toUpperCase()) continue;
      const found = route.pattern.exec(url.pathname);
      if (!found) continue;
      const pathParameters = Object.fromEntries(
        route.names.map((name, index) => [name, decodeURIComponent(found[index + 1])]),
      );
      const pointer = `/paths/${escapePointer(route.template)}/${route.method.toLowerCase()}`;
      const operation = this.spec.paths[route.template][route.method.toLowerCase()];
      return {
        method: route.method,
        template: route.template,
        operationId: operation.operationId,
        pointer,
        operation,
        pathParameters,
      };
    }
    return null;
  }

  /** Contract violations of a request; [] when it is valid. */
  checkRequest(request: HttpExchange): string[] {
    const where = `${request.method} ${request.url.pathname}`;
    const matched = this.match(request.method, request.url);
    if (!matched) return [`${where}: no such operation in the description`];
    const violations: string[] = [];
    const parameters = this.parametersOf(matched);
    const query = request.url.searchParams;
    for (const name of new Set(query.keys())) {
      if (!parameters.some((parameter) => parameter.node.in === 'query' && parameter.node.name === name))
        violations.push(`${where}: unknown query parameter "${name}"`);
    }
    for (const { node, pointer } of parameters) {
      const raw =
        node.in === 'path'
          ? matched.pathParameters[node.name]
          : node.in === 'query'
            ? query.get(node.name)
            : node.in === 'header'
              ? request.headers.get(node.name)
              : null;
      if (raw === null || raw === undefined) {
        if (node.required) violations.push(`${where}: missing required ${node.in} parameter "${node.name}"`);
        continue;
      }
      violations.push(
        ...this.validate(`${pointer}/schema`, coerce(raw, node.schema), `${where} ${node.in} parameter "${node.name}"`),
      );
    }
    const requestBody = this.deref(`${matched.pointer}/requestBody`);
    if (!requestBody.node) {
      if (request.body) violations.push(`${where}: the operation takes no request body`);
    } else if (!request.body) {
      if (requestBody.node.required) violations.push(`${where}: missing required request body`);
    } else {
      const type = mediaType(request.headers.get('content-type'));
      if (!requestBody.node.content?.[type])
        violations.push(`${where}: request body of type "${type}" is not accepted`);
      else
        violations.push(
          ...this.validateJson(
            `${requestBody.pointer}/content/${escapePointer(type)}/schema`,
            request.body,
            `${where} request body`,
          ),
        );
    }
    const accept = mediaType(request.headers.get('accept'));
    const success = Object.entries(matched.operation.responses as Json).find(([status]) => status.startsWith('2'));
    const successContent = success ? this.deref(`${matched.pointer}/responses/${success[0]}`).node?.content : undefined;
    if (successContent && accept !== '*/*' && !successContent[accept])
      violations.push(`${where}: no response of media type "${accept}" (Accept)`);
    return violations;
  }

  /** Contract violations of a response to a request; [] when it is valid. */
  checkResponse(request: HttpExchange, status: number, headers: Headers, body: string): string[] {
    const where = `${request.method} ${request.url.pathname} → ${status}`;
    const matched = this.match(request.method, request.url);
    if (!matched) return [`${where}: no such operation in the description`];
    const declared = matched.operation.responses[String(status)]
      ? String(status)
      : matched.operation.responses.default
        ? 'default'
        : null;
    if (!declared)
      return GATEWAY_STATUSES.includes(status) ? [] : [`${where}: status ${status} is not a declared response`];
    const response = this.deref(`${matched.pointer}/responses/${declared}`);
    if (!response.node.content) return body ? [`${where}: the response has no body, but one was sent`] : [];
    const type = mediaType(headers.get('content-type'));
    if (!response.node.content[type]) return [`${where}: response media type "${type}" is not declared`];
    return this.validateJson(`${response.pointer}/content/${escapePointer(type)}/schema`, body, `${where} body`);
  }

  /** A node of the description, following OpenAPI `$ref`s, with the JSON pointer it was found at. */
  deref(pointer: string): { node: Json; pointer: string } {
    let node: any = this.at(pointer);
    while (node && typeof node.$ref === 'string') {
      pointer = node.$ref.slice(1);
      node = this.at(pointer);
    }
    return { node, pointer };
  }

  /** An example value from the description (components/examples/<name>), copied. */
  example(name: string): any {
    return structuredClone(this.spec.components.examples[name].value);
  }

  private at(pointer: string): any {
    let node: any = this.spec;
    for (const part of pointer.split('/').slice(1)) {
      if (node === undefined) return undefined;
      node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
  }

  private parametersOf(matched: MatchedOperation): { node: Json; pointer: string }[] {
    const pathItemPointer = `/paths/${escapePointer(matched.template)}`;
    const lists: [string, Json[]][] = [
      [`${pathItemPointer}/parameters`, this.spec.paths[matched.template].parameters ?? []],
      [`${matched.pointer}/parameters`, matched.operation.parameters ?? []],
    ];
    return lists.flatMap(([pointer, list]) => list.map((_, index) => this.deref(`${pointer}/${index}`)));
  }

  private validateJson(pointer: string, text: string, where: string): string[] {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return [`${where}: not JSON`];
    }
    return this.validate(pointer, value, where);
  }

  private validate(pointer: string, value: unknown, where: string): string[] {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `github#${pointer}` });
      this.validators.set(pointer, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${where}: ${error.instancePath || '/'} ${error.message}`);
  }
}

function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0].trim().toLowerCase() || '*/*';
}

/** A path or query string as the type its schema wants. */
function coerce(raw: string, schema: Json | undefined): unknown {
  if (schema?.type === 'integer' || schema?.type === 'number') return /^-?\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (schema?.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}
