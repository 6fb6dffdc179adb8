import type { RequestHandler } from 'msw';

/** Default handlers for POST /api/articles/:slug/feedback (the widget's tests override per case). */
export const feedbackHandlers: RequestHandler[] = [];
