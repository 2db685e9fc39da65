/**
 * Reads models from the Hugging Face Hub through its documented HTTP API: metadata with
 * `@huggingface/hub`'s `modelInfo` and `listModels` (which follows the `Link` pagination), files from
 * `/{id}/resolve/{sha}/{path}`. Every request goes through one `HubFetch` (token, retries, ETags). A
 * failure comes back as a HubError whose message says what happened and what to do.
 */
import { HubApiError, listModels, modelInfo } from '@huggingface/hub';
import type { ModelEntry, ResolveModelAdditionalFields } from '@huggingface/hub';
import { createHubFetch, type HubFetch, type HubFetchOptions } from './hub-fetch.js';

/** The Hub's fields this tool reads (their shapes are @huggingface/hub's ApiModelInfo). */
const FIELDS = ['sha', 'tags', 'cardData', 'safetensors', 'library_name', 'filePaths'] as const;
type Fields = (typeof FIELDS)[number];
export type ApiModel = ModelEntry & ResolveModelAdditionalFields<Fields>;

export const DEFAULT_HUB_URL = 'https://huggingface.co';

/** A model's Hub metadata at one commit, as plain data. */
export interface HubModel {
  repo: string;
  /** The commit sha the Hub reported. */
  revision: string;
  pipelineTag: string | null;
  tags: string[];
  licence: string | null;
  baseModels: string[];
  gated: false | 'auto' | 'manual';
  private: boolean;
  libraryName: string | null;
  /** `safetensors.total`, when the Hub has read the weights' headers. */
  parameters: number | null;
  files: string[];
}

export type HubErrorKind = 'not-found' | 'gated' | 'unauthorized' | 'rate-limited' | 'server' | 'network' | 'invalid';

export class HubError extends Error {
  constructor(
    message: string,
    readonly kind: HubErrorKind,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface HubClient {
  hubUrl: string;
  requests: HubFetch['counts'];
  model(repo: string, revision?: string): Promise<HubModel>;
  /** A file's bytes at a commit; null when the repository has no such file. */
  file(repo: string, revision: string, path: string): Promise<Uint8Array | null>;
  /** Every model of a user or organisation, page after page. */
  listModels(author: string): AsyncGenerator<{ repo: string; gated: false | 'auto' | 'manual'; private: boolean }>;
}

export interface HubClientOptions extends Omit<HubFetchOptions, 'hubUrl'> {
  hubUrl?: string;
}

/** `--hub-url`, else HF_ENDPOINT (the Hub's own clients' convention), else huggingface.co. */
export function hubUrlFrom(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return (flag || env.HF_ENDPOINT || DEFAULT_HUB_URL).replace(/\/+$/, '');
}

export function createHubClient(options: HubClientOptions = {}): HubClient {
  const hubUrl = (options.hubUrl ?? DEFAULT_HUB_URL).replace(/\/+$/, '');
  const hub = createHubFetch({ ...options, hubUrl });
  const hasToken = !!options.token;
  return {
    hubUrl,
    requests: hub.counts,
    async model(repo, revision) {
      let info: ApiModel;
      try {
        info = await modelInfo({ name: repo, revision, hubUrl, fetch: hub.fetch, additionalFields: [...FIELDS] });
      } catch (error) {
        throw explain(error, `hf://${repo}${revision ? `@${revision}` : ''}`, hasToken);
      }
      return toHubModel(repo, info);
    },
    async file(repo, revision, path) {
      const url = `${hubUrl}/${repo}/resolve/${encodeURIComponent(revision)}/${path}`;
      let response: Response;
      try {
        response = await hub.fetch(url);
      } catch (error) {
        throw explain(error, `hf://${repo}@${revision}: ${path}`, hasToken);
      }
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) {
        const status = response.status;
        await response.body?.cancel();
        throw explain(new HubApiError(url, status), `hf://${repo}@${revision}: ${path}`, hasToken);
      }
      return new Uint8Array(await response.arrayBuffer());
    },
    async *listModels(author) {
      try {
        const models = listModels({ search: { owner: author }, hubUrl, fetch: hub.fetch });
        for await (const model of models) yield { repo: model.name, gated: model.gated, private: model.private };
      } catch (error) {
        throw explain(error, `the models of ${author}`, hasToken);
      }
    },
  };
}

function toHubModel(repo: string, info: ApiModel): HubModel {
  const card = (info.cardData ?? {}) as Record<string, unknown>;
  const strings = (value: unknown): string[] =>
    (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && !!item);
  const tags = strings(info.tags);
  const licenceTag = tags.find((tag) => tag.startsWith('license:'));
  const total = info.safetensors?.total;
  return {
    repo: info.name || repo,
    revision: typeof info.sha === 'string' ? info.sha : '',
    pipelineTag: typeof info.task === 'string' ? info.task : null,
    tags,
    licence: strings(card.license)[0] ?? (licenceTag ? licenceTag.slice('license:'.length) : null),
    baseModels: strings(card.base_model),
    gated: info.gated ?? false,
    private: info.private === true,
    libraryName: typeof info.library_name === 'string' ? info.library_name : null,
    parameters: typeof total === 'number' && Number.isFinite(total) && total > 0 ? total : null,
    files: strings(info.filePaths),
  };
}

/** A Hub failure in words: what happened to which model, and what would help. */
export function explain(error: unknown, what: string, hasToken: boolean): HubError {
  if (error instanceof HubError) return error;
  if (error instanceof HubApiError) {
    const status = error.statusCode;
    if (status === 401)
      return new HubError(
        hasToken
          ? `${what}: the Hub refused the token in HF_TOKEN (401): it is private, or the token has expired`
          : `${what}: the Hub asks for authentication (401): the model is private or gated, or does not exist; set HF_TOKEN to a token with access`,
        'unauthorized',
        status,
      );
    if (status === 403)
      return new HubError(
        `${what}: access denied (403): the model is gated; accept its conditions on the Hub with the account whose token is in HF_TOKEN`,
        'gated',
        status,
      );
    if (status === 404)
      return new HubError(
        `${what}: not found on the Hub (404): deleted, renamed, or a revision that does not exist`,
        'not-found',
        status,
      );
    if (status === 429)
      return new HubError(
        `${what}: the Hub is rate-limiting these requests (429) beyond the retries and waits allowed; run again later`,
        'rate-limited',
        status,
      );
    if (status >= 500)
      return new HubError(
        `${what}: the Hub failed (${status}) after several retries; run again later`,
        'server',
        status,
      );
    return new HubError(`${what}: the Hub answered ${status}: ${error.message.split('. URL:')[0]}`, 'invalid', status);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof SyntaxError)
    return new HubError(`${what}: the Hub's answer is not the JSON expected (${message})`, 'invalid');
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  return new HubError(`${what}: cannot reach the Hub (${cause ?? message})`, 'network');
}
