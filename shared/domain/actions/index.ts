export * from './dates';
export * from './list';
export * from './quickAdd';
export * from './review';
export * from './create';
export * from './owners';
