export * from './org';
export * from './identity';
