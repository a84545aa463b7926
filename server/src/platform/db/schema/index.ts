export * from './org';
export * from './identity';
export * from './hazards';
export * from './self-inspections';
export * from './attachments';
export * from './calendar';
export * from './personnel';
export * from './notifications';
