import { Readable } from 'node:stream';
import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { feedbackCsvQuerySchema } from '../../contract/feedback';
import { formatIssues } from '../../contract/format-issues';
import { sendProblem } from '../http/problem';
import type { FeedbackFilter, Store, StoredFeedback } from '../store/store';
import { csvRow } from './csv';

type CsvExportOptions = {
  store: Store;
  headline: (slug: string) => string | null;
  onlyEditors: preHandlerAsyncHookHandler;
};

const HEADER = ['id', 'created_at', 'article', 'headline', 'kind', 'helpful', 'reasons', 'category', 'comment', 'spam'];
/** Rows are sent in chunks of about this many characters: few writes, and memory stays flat. */
const CHUNK_CHARS = 64 * 1024;
const BOM = '\uFEFF';

const toCells = (f: StoredFeedback, headline: string | null) => [
  f.publicId,
  f.createdAt,
  f.articleSlug,
  headline,
  f.kind,
  f.helpful === null ? '' : f.helpful ? 'yes' : 'no',
  f.reasons.join('; '),
  f.category,
  f.comment,
  f.spam ? 'spam' : '',
];

/** The CSV text, pulled row by row from the store as the reader asks for more (backpressure, constant memory). */
export async function* feedbackCsv(
  store: Store,
  filter: FeedbackFilter,
  headline: (slug: string) => string | null,
  bom: boolean,
): AsyncGenerator<string> {
  let chunk = (bom ? BOM : '') + csvRow(HEADER);
  for await (const item of store.iterateFeedback(filter)) {
    chunk += csvRow(toCells(item, headline(item.articleSlug)));
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

export function registerCsvExport(app: FastifyInstance, { store, headline, onlyEditors }: CsvExportOptions): void {
  app.get('/api/admin/feedback.csv', { preHandler: onlyEditors }, async (request, reply) => {
    const parsed = feedbackCsvQuerySchema.safeParse(request.query);
    if (!parsed.success) return sendProblem(reply, 400, 'Invalid filter', formatIssues(parsed.error));
    const { bom, ...filter } = parsed.data;
    // The first chunk is read before answering: a store that is down is a 503, not a broken download.
    const chunks = feedbackCsv(store, filter, headline, bom === '1');
    const first = await chunks.next();
    async function* all() {
      if (!first.done) yield first.value;
      yield* chunks;
    }
    return reply
      .header('cache-control', 'no-store')
      .header('content-disposition', 'attachment; filename="feedback.csv"')
      .type('text/csv; charset=utf-8')
      .send(Readable.from(all(), { objectMode: false }));
  });
}
