export * from './facts';
export * from './version';
