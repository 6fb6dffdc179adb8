import { useId, useState } from 'react';
import { useHydrated } from '../../../lib/use-hydrated';
import { shareLinks } from '../share-links';

export type ShareArticleProps = { url: string; title: string };

/**
 * The end-of-article share control. The links are plain HTML, there without JavaScript; once the page runs, one
 * button: the system share sheet where the browser has the Web Share API, else "Copy link", whose outcome is
 * announced through a live region that is on the page before it speaks.
 */
export function ShareArticle({ url, title }: ShareArticleProps) {
  const headingId = useId();
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  const canShare = hydrated && typeof navigator.share === 'function';
  const canCopy = hydrated && !canShare && Boolean(navigator.clipboard);

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // Closing the share sheet rejects too (AbortError): nothing to say.
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      setStatus(`Couldn’t copy the link: ${url}`);
    }
  }

  return (
    <section className="share-article" aria-labelledby={headingId}>
      <h2 id={headingId}>Share this article</h2>
      {canShare && (
        <button type="button" className="button" onClick={() => void share()}>
          Share…
        </button>
      )}
      {canCopy && (
        <button type="button" className="button" onClick={() => void copy()}>
          Copy link
        </button>
      )}
      {hydrated && (
        <p role="status" className="share-status">
          {status}
        </p>
      )}
      <ul>
        {shareLinks(url, title).map((link) => (
          <li key={link.name}>
            <a href={link.href}>{link.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
