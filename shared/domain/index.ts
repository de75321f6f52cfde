export * from './ids';
export * from './time';
export * from './geo';
export * from './visit';
export * from './officer';
export * from './plan';
export * from './travel';
export * from './settings';
