import { randomUUID } from 'node:crypto';
import type { NewFeedback, Store } from '../../src/server/store/store';
import { SEED_SLUG } from './fixtures';

export const OTHER_SLUG = 'why-leaves-change-colour';

type Sample = Partial<NewFeedback> & Pick<NewFeedback, 'articleSlug' | 'createdAt'>;

/** A stored rating, helpful and without comment unless `fields` says otherwise; fresh ids and keys. */
export const feedbackRow = (fields: Sample): NewFeedback => ({
  publicId: randomUUID(),
  idempotencyKey: randomUUID(),
  bodyHash: randomUUID(),
  kind: 'rating',
  helpful: true,
  reasons: [],
  comment: null,
  category: null,
  spamReason: null,
  duplicateKey: null,
  ...fields,
});

/** What readers sent, newest first: two articles, comments that try to be HTML, ratings without comments. */
export const editorFeedback: NewFeedback[] = [
  feedbackRow({
    publicId: 'f6',
    articleSlug: SEED_SLUG,
    createdAt: '2026-11-24T10:00:00.000Z',
    kind: 'error-report',
    helpful: null,
    category: 'Factual error',
    comment: '<script>alert(1)</script> wrong date',
  }),
  feedbackRow({
    publicId: 'f5',
    articleSlug: OTHER_SLUG,
    createdAt: '2026-11-23T09:00:00.000Z',
    helpful: false,
    reasons: ['Hard to follow'],
    comment: '<img src=x onerror=alert(1)>',
  }),
  feedbackRow({
    publicId: 'f4',
    articleSlug: SEED_SLUG,
    createdAt: '2026-11-22T08:00:00.000Z',
    reasons: ['Clear', 'Informative'],
    comment: 'Very clear, thank you',
  }),
  feedbackRow({
    publicId: 'f3',
    articleSlug: SEED_SLUG,
    createdAt: '2026-11-21T08:00:00.000Z',
    helpful: false,
    reasons: ['Missing context'],
  }),
  feedbackRow({ publicId: 'f2', articleSlug: SEED_SLUG, createdAt: '2026-11-20T08:00:00.000Z', reasons: ['Clear'] }),
  feedbackRow({
    publicId: 'f1',
    articleSlug: OTHER_SLUG,
    createdAt: '2026-11-19T08:00:00.000Z',
    kind: 'error-report',
    helpful: null,
    category: 'Out of date',
    comment: 'The figures are from last year',
  }),
];

/** Writes the sample into the real store, oldest first, as readers would have sent it. */
export function seedEditorFeedback(store: Store, items: NewFeedback[] = editorFeedback): void {
  store.addFeedback([...items].reverse(), 0);
}
