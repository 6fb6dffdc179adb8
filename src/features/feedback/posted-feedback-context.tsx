import { createContext, useContext, type ReactNode } from 'react';
import type { PostedFeedback } from '../../contract/feedback-form';

const PostedFeedbackContext = createContext<PostedFeedback | undefined>(undefined);

type PostedFeedbackProviderProps = { posted: PostedFeedback | undefined; children: ReactNode };

/**
 * A plain form post the server did not accept (errors, a limit, the store down): the page is rendered again with
 * the reader's answers and what was wrong, on the server and then, from the page data, in the browser.
 */
export function PostedFeedbackProvider({ posted, children }: PostedFeedbackProviderProps) {
  return <PostedFeedbackContext.Provider value={posted}>{children}</PostedFeedbackContext.Provider>;
}

/** The post for this article, if the page is its answer. */
export function usePostedFeedback(slug: string): PostedFeedback | undefined {
  const posted = useContext(PostedFeedbackContext);
  return posted?.slug === slug ? posted : undefined;
}
