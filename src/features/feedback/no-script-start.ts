import { FEEDBACK_TARGETS, type FeedbackStep, type FormError } from '../../contract/feedback-form';
import { usePostedFeedback } from './posted-feedback-context';

/** A form as the server rendered it for a reader without JavaScript: its key, answers and errors. */
export type NoScriptForm = {
  idempotencyKey: string;
  reasons: string[];
  comment: string;
  category: string;
  errors: FormError[];
};

export type NoScriptStart = {
  touched: boolean;
  helpful: boolean | null;
  ratingFinished: boolean;
  reportOpen: boolean;
  reportFinished: boolean;
  /** The thank-you a successful post was redirected to; its id is the redirect's `#…`. */
  thanks?: { kind: 'rating' | 'error-report'; id: string };
  rating?: NoScriptForm;
  report?: NoScriptForm;
};

const empty = (idempotencyKey: string): NoScriptForm => ({
  idempotencyKey,
  reasons: [],
  comment: '',
  category: '',
  errors: [],
});

const NOTHING: NoScriptStart = {
  touched: false,
  helpful: null,
  ratingFinished: false,
  reportOpen: false,
  reportFinished: false,
};

/**
 * Where the widget starts: at the question, or at the step a plain form post led to (the address says which,
 * or the post's own answer when the server did not accept it). The same on the server and in the browser, so
 * a page rendered for a reader without JavaScript hydrates as it is when scripts do run.
 */
export function useNoScriptStart(slug: string, step: FeedbackStep | undefined): NoScriptStart {
  const posted = usePostedFeedback(slug);
  if (posted) {
    const form = { ...posted };
    return posted.kind === 'rating'
      ? { ...NOTHING, touched: true, helpful: posted.helpful, rating: form }
      : { ...NOTHING, touched: true, reportOpen: true, report: form };
  }
  switch (step?.step) {
    case 'yes':
    case 'no':
      return { ...NOTHING, touched: true, helpful: step.step === 'yes', rating: empty(step.key) };
    case 'report':
      return { ...NOTHING, touched: true, reportOpen: true, report: empty(step.key) };
    case 'sent':
      return { ...NOTHING, touched: true, ratingFinished: true, thanks: { kind: 'rating', id: FEEDBACK_TARGETS.sent } };
    case 'reported':
      return {
        ...NOTHING,
        touched: true,
        reportFinished: true,
        thanks: { kind: 'error-report', id: FEEDBACK_TARGETS.reported },
      };
    default:
      return NOTHING;
  }
}
