export * from './edges';
export * from './flow';
export * from './lanes';
export * from './mermaid';
export * from './references';
export * from './template';
export * from './validation';
export * from './volumes';
