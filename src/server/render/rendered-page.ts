import type { PostedFeedback } from '../../contract/feedback-form';

/** What a server render gives: the page's HTML and status, or where to send the reader instead. */
export type RenderedPage = { status: number; html: string; redirect?: string };

/** How a server render reaches the API: a fetch-like call, handed to each render. */
export type InProcessFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** What a render is given beyond its address. */
export type RenderOptions = {
  /** The site's origin, for the absolute addresses in <head> (PUBLIC_URL, or the address asked for). */
  origin: string;
  /** A plain feedback post that was refused: the article is rendered with the form, its answers and errors. */
  postedFeedback?: PostedFeedback;
};

/** Renders the page at `url`, calling the API through `fetch`. */
export type PageRenderer = (url: string, fetch: InProcessFetch, options: RenderOptions) => Promise<RenderedPage>;
