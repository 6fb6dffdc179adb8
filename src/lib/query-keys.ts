// Every query key in the app, general to specific, so invalidation can target a whole family.
export const queryKeys = {
  publication: () => ['publication'] as const,
  front: () => ['front'] as const,
  articles: {
    all: () => ['articles'] as const,
    list: (filter: { section?: string }) => ['articles', 'list', filter] as const,
    detail: (slug: string) => ['articles', 'detail', slug] as const,
  },
  tags: { page: (slug: string) => ['tags', slug] as const },
  search: (request: { q: string; cursor?: string }) => ['search', request] as const,
  authors: { page: (slug: string) => ['authors', slug] as const },
  sitePage: (slug: string) => ['pages', slug] as const,
  trending: (filter: { article?: string } = {}) => ['trending', filter] as const,
  // Editors only (src/features/editor).
  feedback: {
    reports: () => ['feedback', 'report'] as const,
    report: (filter: { article?: string; from?: string; to?: string; spam?: string }) =>
      ['feedback', 'report', filter] as const,
  },
  editor: {
    session: () => ['editor', 'session'] as const,
    articleOptions: () => ['editor', 'article-options'] as const,
  },
};
