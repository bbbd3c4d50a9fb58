/** Survey results: scoring, anonymity, gaps, strengths, distributions, comments and change between rounds. */
export * from './anonymity';
export * from './comments';
export * from './commentThemes';
export * from './compare';
export * from './compute';
export * from './findings';
export * from './headline';
export * from './maturity';
export * from './scoring';
