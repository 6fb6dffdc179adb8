import { screen, within } from '@testing-library/react';
import { it } from 'vitest';
import { renderApp } from '../support/render-app';
import { seedArticle } from '../support/fixtures';

it('explore', async () => {
  renderApp(`/article/${seedArticle.slug}`);
  console.log('status', screen.queryAllByRole('status').map((e) => e.getAttribute('aria-label')));
  await screen.findByRole('heading', { level: 1 });
  const figs = screen.getAllByRole('figure');
  console.log('figures', figs.map((f) => f.outerHTML.slice(0, 80)));
  for (const r of ['time', 'complementary', 'region', 'blockquote', 'figure']) {
    try { console.log(r, screen.getAllByRole(r).map((e) => e.tagName + ':' + (e.getAttribute('aria-label') ?? ''))); } catch { console.log(r, 'none'); }
  }
  console.log(screen.getAllByRole('figure').map((f) => f.tagName));
  console.log(screen.getByRole('complementary', { name: 'Bottom line' }).tagName);
  console.log('title', document.title);
  console.log(within(screen.getByRole('article')).getAllByRole('heading', { level: 2 }).map((h) => h.textContent));
  console.log(typeof navigator.sendBeacon);
});
