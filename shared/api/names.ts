import { contract, type EventName, type MethodName } from './contract';

/** Every method name of the API; the preload and the HTTP server allow these and nothing else. */
export const methodNames = Object.keys(contract.methods) as MethodName[];

/** Every event name of the API. */
export const eventNames = Object.keys(contract.events) as EventName[];

/** IPC channel for a method (`api:plans.solve`) and for an event (`evt:plans.progress`). */
export const methodChannel = (name: MethodName): string => `api:${name}`;
export const eventChannel = (name: EventName): string => `evt:${name}`;
