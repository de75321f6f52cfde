import packageJson from '../../package.json';

/** This build's version (package.json), written into the log and crash reports. */
export const APP_VERSION: string = packageJson.version;
