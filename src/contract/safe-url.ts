import { z } from './zod';

// Links in content may only leave the page through schemes we can vouch for.
// Anything else (javascript:, data:, vbscript:, protocol-relative //host) is rejected at the boundary.
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function isSafeHref(value: string): boolean {
  // Control characters and spaces let browsers read a scheme differently than URL() did.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\s]/.test(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\');
  try {
    return ALLOWED_SCHEMES.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const safeHref = z
  .string()
  .max(2048)
  .refine(isSafeHref, { message: 'Link must be http, https, mailto or a site-relative path' });

// Images are ours: a site-relative path, never a remote URL that could track readers.
export const imageSrc = z
  .string()
  .max(512)
  .regex(/^\/(?!\/)[\w\-./]+$/, { message: 'Image src must be a site-relative path such as /images/photo.jpg' });
