/** What a server render gives: the page's HTML and status, or where to send the reader instead. */
export type RenderedPage = { status: number; html: string; redirect?: string };

/** How a server render reaches the API: a fetch-like call, handed to each render. */
export type InProcessFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** Renders the page at `url`, calling the API through `fetch`. */
export type PageRenderer = (url: string, fetch: InProcessFetch) => Promise<RenderedPage>;
