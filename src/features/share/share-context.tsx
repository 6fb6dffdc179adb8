import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import { ChunkBoundary } from '../../components/chunk-boundary';
import type { ShareArticleProps } from './components/share-article';
import { LazyShareArticle } from './components/lazy-share-article';

type ShareComponents = { ShareArticle: ComponentType<ShareArticleProps> };

// In the browser, the lazy control; the server's entry hands in the component itself (ShareProvider), because a
// server render cannot wait for a chunk and a reader without JavaScript would get no links.
const ShareContext = createContext<ShareComponents>({ ShareArticle: LazyShareArticle });

type ShareProviderProps = { components: ShareComponents; children: ReactNode };

export function ShareProvider({ components, children }: ShareProviderProps) {
  return <ShareContext.Provider value={components}>{children}</ShareContext.Provider>;
}

/** The share control at the end of an article; while its chunk loads during hydration, the server's HTML stays. */
export function Share(props: ShareArticleProps) {
  const { ShareArticle } = useContext(ShareContext);
  return (
    <ChunkBoundary loading={null}>
      <ShareArticle {...props} />
    </ChunkBoundary>
  );
}
