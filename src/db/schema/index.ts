export * from './catalog.ts';
export * from './customers.ts';
export * from './dispatch.ts';
export * from './orders.ts';
export * from './org.ts';
export * from './platform.ts';
export * from './workers.ts';
