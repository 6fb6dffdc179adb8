import type { ReactNode } from 'react';
import { paths } from '../../../lib/paths';

type ChoiceFormProps = { slug: string; children: ReactNode };

/**
 * Yes, No and "Report an error" are submit buttons of a real form: without JavaScript, choosing posts to the
 * article and the server redirects to the next step (its form, with a key for this submission). With it, each
 * button's click handler stops the post and opens the step in place.
 */
export function ChoiceForm({ slug, children }: ChoiceFormProps) {
  return (
    <form method="post" action={paths.article(slug)} className="feedback-choice-form">
      {children}
    </form>
  );
}
