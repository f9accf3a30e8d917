export * from './fields.ts';
export * from './site.ts';
export * from './departments.ts';
export * from './people.ts';
export * from './spotlights.ts';
export * from './kudos.ts';
export * from './newsletter.ts';
