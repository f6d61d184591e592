// Builds the preview host (`npm run preview`, used by the e2e suite): the office.js stand-in backed by the Excel fake,
// and the page that shows the task pane beside the fake's workbook. Output: dist/preview/, next to the add-in's
// production build in dist/ (build that first: its `clean` empties dist/).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { typescriptRules } = require("./scripts/webpack-parts");

module.exports = {
  name: "preview",
  mode: "production",
  devtool: false,
  target: ["web", "es2017"],
  entry: {
    "office-stub": "./preview/office-stub.ts",
    host: "./preview/host.ts",
  },
  output: {
    path: path.resolve(__dirname, "dist/preview"),
    // Fixed names: the preview server and the e2e suite serve the stub in place of office.js by this name.
    filename: "[name].js",
    clean: true,
  },
  resolve: {
    extensions: [".ts", ".js"],
  },
  module: { rules: typescriptRules },
  plugins: [
    new CopyWebpackPlugin({
      patterns: [
        { from: "preview/index.html", to: "index.html" },
        { from: "preview/host.css", to: "host.css" },
      ],
    }),
  ],
  performance: { hints: false },
};
