// What the add-in's build (webpack.config.js) and the preview's (webpack.preview.config.js) share.
const path = require("path");

const tsconfig = path.resolve(__dirname, "..", "tsconfig.webpack.json");

/**
 * TypeScript through ts-loader (type checking is `npm run typecheck`'s job), and date-fns: version 4 ships ES2020
 * (`?.`, `??`), which Edge Legacy cannot parse; the pane's countdowns use its formatDistanceStrict and `vi` locale,
 * so those files are brought down to ES2017 like our own code.
 */
const typescriptRules = [
  {
    test: /\.ts$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: true, configFile: tsconfig } },
  },
  {
    test: /\.js$/,
    include: /[\\/]node_modules[\\/]date-fns[\\/]/,
    use: {
      loader: "ts-loader",
      options: { transpileOnly: true, configFile: tsconfig, compilerOptions: { allowJs: true } },
    },
  },
];

/**
 * The add-in pages' Content-Security-Policy: only this site and office.js (which loads its host scripts from the
 * same CDN) may run code or be fetched, and workers come from this site only, so personal data cannot leave the workbook through the pages. No inline
 * script or style. Written into each page's <meta> by HtmlWebpackPlugin (`<%= csp %>` in the templates), before
 * any script tag, so it governs everything the page loads.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "frame-src https://appsforoffice.microsoft.com",
  "font-src 'self'",
  // The engine's Web Worker (src/taskpane/engine-worker.ts), a script of this site like the pane's own.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

module.exports = { typescriptRules, CONTENT_SECURITY_POLICY };
