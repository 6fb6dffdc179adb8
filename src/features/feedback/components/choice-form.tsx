import type { ReactNode } from 'react';

type ChoiceFormProps = { slug: string; children: ReactNode };

/**
 * Yes, No and "Report an error" are submit buttons of a real form: without JavaScript, choosing posts to the
 * article and the server redirects to the next step (its form, with a key for this submission). With it, each
 * button's click handler stops the post and opens the step in place.
 */
export function ChoiceForm({ slug, children }: ChoiceFormProps) {
  return (
    <form method="post" action={`/article/${encodeURIComponent(slug)}`} className="feedback-choice-form">
      {children}
    </form>
  );
}
