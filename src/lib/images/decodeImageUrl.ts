/** A path written as a URL, percent-decoded; as written when it holds a % that encodes nothing. */
export function decodeImageUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
