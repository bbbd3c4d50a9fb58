export * from './inputs';
export * from './model';
export * from './normalize';
export * from './funnelPath';
export * from './rates';
export * from './rounding';
export * from './words';
export * from './table';
