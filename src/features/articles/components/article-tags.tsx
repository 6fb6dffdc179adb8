import { Link } from 'react-router-dom';
import { paths } from '../../../lib/paths';

type ArticleTagsProps = { tags: readonly string[] };

/** The article's tags, each a link to the tag's page. */
export function ArticleTags({ tags }: ArticleTagsProps) {
  if (tags.length === 0) return null;
  return (
    <nav className="article-tags" aria-label="Tags">
      <ul>
        {tags.map((tag) => (
          <li key={tag}>
            <Link to={paths.tagNamed(tag)}>{tag}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
