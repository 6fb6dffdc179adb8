import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { Publication } from '../../../contract/publication';
import { useApi } from '../../../lib/api-context';
import { paths } from '../../../lib/paths';
import { sectionName } from '../../../lib/section-name';
import { frontPageQuery } from '../api/get-front-page';
import { LeadStory } from './lead-story';
import { StoryTeaser } from '../../../components/story-teaser';

type FrontPageProps = { publication: Publication };

/** As a newspaper's front: the lead, the top stories beside it in a grid, then a block per section. */
export function FrontPage({ publication }: FrontPageProps) {
  const { data } = useSuspenseQuery(frontPageQuery(useApi()));
  const [lead, ...top] = data.top;
  const { sections, locale, timeZone } = publication;
  return (
    <div className="front-page">
      <h1 className="visually-hidden">{publication.name}: top stories</h1>
      {lead ? (
        <LeadStory story={lead} sectionName={sectionName(sections, lead.section)} locale={locale} timeZone={timeZone} />
      ) : (
        <p>No stories have been published yet.</p>
      )}
      {top.length > 0 && (
        <section aria-label="More top stories">
          <h2 className="visually-hidden">More top stories</h2>
          <ul className="teaser-grid top-stories">
            {top.map((story) => (
              <StoryTeaser key={story.slug} story={story} kicker={sectionName(sections, story.section)} />
            ))}
          </ul>
        </section>
      )}
      {/* Each section's newest that are not top stories, under its name, which leads to its page. */}
      {data.sections.map(({ id, items }) => {
        const name = sectionName(sections, id);
        return (
          <section key={id} className="section-block" aria-label={name}>
            <h2 className="block-heading">
              <Link to={paths.section(id)}>{name}</Link>
            </h2>
            <ul className="teaser-grid">
              {items.map((story) => (
                <StoryTeaser key={story.slug} story={story} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
