export * from './blocks';
export * from './facts';
export * from './generate';
export * from './scoring';
export * from './sync';
