// Builds the Excel add-in (task pane and function commands) in the shape of Microsoft's Office-Addin-TaskPane
// template: `npm run build` for production, `npm run dev-server` to serve it on https://localhost:3000/.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { officeVersion, productionUrl, rewriteManifestUrls, withVersion } = require("./scripts/manifest-url");
const { version } = require("./package.json");
const { CONTENT_SECURITY_POLICY, typescriptRules } = require("./scripts/webpack-parts");

const urlProd = productionUrl(process.env.ADDIN_PUBLIC_URL);

async function getHttpsOptions() {
  // Required lazily: creating or reading the dev certificates is only needed to serve, never to build.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    name: "addin",
    devtool: dev ? "source-map" : false,
    // ES2017 runs in every webview that can run the add-in, Edge Legacy (EdgeHTML 18) included.
    target: ["web", "es2017"],
    entry: {
      taskpane: "./src/taskpane/index.ts",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
      // The offline page (no Office.js) and its worker: src/tool/.
      tool: "./src/tool/index.ts",
      "tool-worker": "./src/tool/tool-worker.ts",
      check: "./src/check/check.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: { rules: typescriptRules },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { csp: CONTENT_SECURITY_POLICY },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { csp: CONTENT_SECURITY_POLICY },
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
        templateParameters: { csp: CONTENT_SECURITY_POLICY },
      }),
      new HtmlWebpackPlugin({
        filename: "tool.html",
        template: "./src/tool/tool.html",
        chunks: ["tool"],
        // The worker's hashed file name, for the page to start it (src/tool/job-client.ts).
        templateParameters: (compilation) => ({
          csp: CONTENT_SECURITY_POLICY,
          workerFile: [...compilation.entrypoints.get("tool-worker").getFiles()].find((f) =>
            f.endsWith(".js"),
          ),
        }),
      }),
      // The clerk's guide (no script) and the administrator's hosting check: scripts/release.js ships both.
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        templateParameters: { csp: CONTENT_SECURITY_POLICY },
      }),
      new HtmlWebpackPlugin({
        filename: "check.html",
        template: "./src/check/check.html",
        chunks: ["check"],
        templateParameters: { csp: CONTENT_SECURITY_POLICY },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "assets/help/*.png", to: "assets/help/[name][ext]" },
          { from: "src/help/guide.css", to: "[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "[name][ext]" },
          { from: "src/tool/tool.css", to: "[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              return withVersion(rewriteManifestUrls(content.toString(), urlProd), officeVersion(version));
            },
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // No separate vendors chunk for lazily loaded code: the .docx renderer and the docx library it needs
          // arrive as one file, dist/export.[hash].js (named in the pane's import()), which the benchmark measures.
          defaultVendors: false,
        },
      },
    },
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await getHttpsOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};
