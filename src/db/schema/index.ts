export * from './org.ts';
export * from './platform.ts';
