/**
 * Components that MDX content may use, with the attributes each accepts. Every other component, HTML tag
 * or attribute in an .mdx file fails the build. These components are maintained code: review changes to
 * them like any other code.
 */
export const CONTENT_COMPONENTS = {
  /** A photo in the text, re-encoded like every published image: `<Photo src="./x.jpg" alt="..." caption="..." />`. */
  Photo: ['src', 'alt', 'caption'],
  /** A highlighted quote: `<PullQuote by="Name">Words</PullQuote>`. */
  PullQuote: ['by'],
} as const satisfies Record<string, readonly string[]>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;
