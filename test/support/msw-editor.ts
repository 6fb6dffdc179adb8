import type { RequestHandler } from 'msw';

/** Default handlers for /api/admin/* (the editor's tests override per case). */
export const editorHandlers: RequestHandler[] = [];
