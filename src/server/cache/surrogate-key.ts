/**
 * A cache key as it travels in a `Surrogate-Key` header or a purge: the header is a space-separated list of
 * tokens, and Varnish bans match it by regular expression, so anything but letters, digits, `-`, `_` and `:`
 * is percent-encoded (a tag may hold spaces, dots or any script). Both sides use this one encoding.
 */
export function surrogateKeyToken(key: string): string {
  return key.replace(/[^A-Za-z0-9_:-]/gu, (c) =>
    [...Buffer.from(c, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

export const surrogateKeyHeader = (keys: Iterable<string>): string =>
  [...new Set(keys)].map(surrogateKeyToken).join(' ');
