/** What a server render gives: the page's HTML and status, or where to send the reader instead. */
export type RenderedPage = { status: number; html: string; redirect?: string };
export type PageRenderer = (url: string) => Promise<RenderedPage>;
