import type { ArticleSummary } from '../../contract/article';
import type { FrontPage } from '../../contract/api';
import type { ContentRepository } from './content-repository';

/** The lead and the four beside it. */
export const TOP_STORIES = 5;
/** Each section's block: its newest stories that are not top stories. */
export const SECTION_STORIES = 4;
// Cut where a list stops showing them (two lines of a teaser, a few of the lead), so the page and its data
// carry ~130 characters of a 90-word standfirst, not all of it; the stylesheet clamps what is left.
export const LEAD_SUMMARY_CHARS = 240;
export const LIST_SUMMARY_CHARS = 130;

type FrontSource = Pick<ContentRepository, 'publication' | 'newestSummaries' | 'list'>;

/** The front page's stories, picked from the repository's lists (newest first). */
export function frontPage(content: FrontSource): FrontPage {
  const top = content.newestSummaries(TOP_STORIES);
  const shown = new Set(top.map((story) => story.slug));
  const sections = content.publication.sections.flatMap(({ id }) => {
    // A section's newest can all be top stories: ask for enough to still fill its block.
    const page = content.list({ section: id, limit: SECTION_STORIES + TOP_STORIES });
    const items = (page?.items ?? []).filter((story) => !shown.has(story.slug)).slice(0, SECTION_STORIES);
    return items.length ? [{ id, items: items.map((story) => clipped(story, LIST_SUMMARY_CHARS)) }] : [];
  });
  return {
    top: top.map((story, i) => clipped(story, i === 0 ? LEAD_SUMMARY_CHARS : LIST_SUMMARY_CHARS)),
    sections,
  };
}

function clipped(story: ArticleSummary, chars: number): ArticleSummary {
  return { ...story, summary: clipText(story.summary, chars) };
}

/** At most `chars` characters, cut at a word boundary and ended with an ellipsis when cut. */
export function clipText(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.slice(0, chars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > chars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
