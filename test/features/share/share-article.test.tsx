import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareArticle } from '../../../src/features/share/components/share-article';
import { Share, ShareProvider } from '../../../src/features/share/share-context';
import { seedArticle } from '../../support/fixtures';
import { renderApp } from '../../support/render-app';

const URL_OF_SEED = `https://news.example/article/${seedArticle.slug}`;
const props = { url: URL_OF_SEED, title: seedArticle.headline };
const NETWORKS = ['Email', 'Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Bluesky'];

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(navigator, 'share');
});

/** The page as a reader without JavaScript gets it: the server's HTML, nothing run. */
function serverHtml() {
  const container = document.createElement('div');
  container.innerHTML = renderToString(
    <ShareProvider components={{ ShareArticle }}>
      <Share {...props} />
    </ShareProvider>,
  );
  document.body.append(container);
  return container;
}

describe('share control', () => {
  it('is plain links on the server: the article’s address and headline, no tracking parameters, no button', () => {
    const region = within(serverHtml()).getByRole('region', { name: 'Share this article' });
    const links = within(region).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(NETWORKS);
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      expect(decodeURIComponent(href), link.textContent ?? '').toContain(URL_OF_SEED);
      expect(href, link.textContent ?? '').not.toMatch(/utm_|fbclid|ref=|source=/i);
      if (link.textContent !== 'Email') expect(new URL(href).protocol).toBe('https:');
    }
    expect(within(region).getByRole('link', { name: 'Email' })).toHaveAttribute(
      'href',
      `mailto:?subject=${encodeURIComponent(seedArticle.headline)}&body=${encodeURIComponent(URL_OF_SEED)}`,
    );
    expect(within(region).queryByRole('button')).toBeNull();
    expect(within(region).queryByRole('status')).toBeNull();
  });

  it('hydrates the server’s links from its lazy chunk without a mismatch, then offers Copy link', async () => {
    userEvent.setup(); // a clipboard to copy to
    const container = serverHtml();
    const recoverable: unknown[] = [];
    // The browser's context value: the lazy control.
    const root = await act(async () =>
      hydrateRoot(container, <Share {...props} />, { onRecoverableError: (e) => recoverable.push(e) }),
    );
    expect(await within(container).findByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(recoverable).toEqual([]);
    expect(within(container).getAllByRole('link')).toHaveLength(NETWORKS.length);
    act(() => root.unmount());
    container.remove();
  });

  it('copies the address and says so in a live region', async () => {
    const user = userEvent.setup(); // gives the page a clipboard
    render(<ShareArticle {...props} />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(URL_OF_SEED);
    expect(status).toHaveTextContent('Link copied');
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
  });

  it('says when the copy was refused, and shows the address to copy by hand', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<ShareArticle {...props} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(`Couldn’t copy the link: ${URL_OF_SEED}`);
  });

  it('opens the system share sheet where the browser has the Web Share API', async () => {
    const user = userEvent.setup();
    const share = vi.fn(() => Promise.reject(new DOMException('closed', 'AbortError')));
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    render(<ShareArticle {...props} />);
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({ title: seedArticle.headline, url: URL_OF_SEED });
    // Closing the sheet is not an error.
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('ends the article page, after its tags, with the article’s own address', async () => {
    renderApp(`/article/${seedArticle.slug}`);
    const region = await screen.findByRole('region', { name: 'Share this article' });
    const article = screen.getByRole('article');
    expect(article).toContainElement(region);
    const tags = within(article).getByRole('navigation', { name: 'Tags' });
    expect(tags.compareDocumentPosition(region) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Facebook' })).toHaveAttribute(
      'href',
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`http://localhost/article/${seedArticle.slug}`)}`,
    );
  });
});
