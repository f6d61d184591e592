// Types for scripts/manifest-url.js (CommonJS, shared by webpack.config.js and the tests).
export const DEV_URL: string;
export const DEFAULT_PRODUCTION_URL: string;
export function productionUrl(fromEnv: string | undefined): string;
export function rewriteManifestUrls(manifestXml: string, baseUrl: string): string;
export function officeVersion(packageVersion: string): string;
export function withVersion(manifestXml: string, version: string): string;
