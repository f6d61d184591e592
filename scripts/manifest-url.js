// Dev and production addresses of the add-in, and the rewrite of the manifest from one to the other.
// Plain CommonJS so webpack.config.js can require it; the tests use it through manifest-url.d.ts.

/** Where `npm run dev-server` serves the add-in; manifest.xml is written with this prefix. */
const DEV_URL = "https://localhost:3000/";

/** Where the department hosts the built add-in unless ADDIN_PUBLIC_URL says otherwise. */
const DEFAULT_PRODUCTION_URL = "https://thanghanhdong.skhcn.bacgiang.gov.vn/";

/**
 * The production base URL: `fromEnv` (ADDIN_PUBLIC_URL) when set, else the default, always ending in "/" so
 * that "taskpane.html" appends as a path segment. Office loads add-ins only over https, so anything else is refused.
 * @param {string | undefined} fromEnv
 * @returns {string}
 */
function productionUrl(fromEnv) {
  const raw = fromEnv != null && fromEnv.trim() !== "" ? fromEnv.trim() : DEFAULT_PRODUCTION_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be an https URL: ${raw}`);
  if (url.search !== "" || url.hash !== "")
    throw new Error(`ADDIN_PUBLIC_URL must not have a query or fragment: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The manifest with every dev URL moved under `baseUrl` (a value returned by productionUrl).
 * @param {string} manifestXml
 * @param {string} baseUrl
 * @returns {string}
 */
function rewriteManifestUrls(manifestXml, baseUrl) {
  return manifestXml.split(DEV_URL).join(baseUrl);
}

/**
 * package.json's version as the manifest's <Version>: Office wants four numeric parts (n.n.n.n) and installs an update
 * only when this number grows, so every release must raise package.json's version. A pre-release tag is refused:
 * Office has nowhere to put it.
 * @param {string} packageVersion
 * @returns {string}
 */
function officeVersion(packageVersion) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion.trim());
  if (!match)
    throw new Error(`package.json's version must be n.n.n for Office's <Version>: ${packageVersion}`);
  return `${match.slice(1, 4).join(".")}.0`;
}

/**
 * The manifest with its <Version> set to `version` (a value returned by officeVersion).
 * @param {string} manifestXml
 * @param {string} version
 * @returns {string}
 */
function withVersion(manifestXml, version) {
  const tag = /<Version>[^<]*<\/Version>/;
  if (!tag.test(manifestXml)) throw new Error("manifest.xml has no <Version>");
  return manifestXml.replace(tag, `<Version>${version}</Version>`);
}

module.exports = {
  DEV_URL,
  DEFAULT_PRODUCTION_URL,
  productionUrl,
  rewriteManifestUrls,
  officeVersion,
  withVersion,
};
