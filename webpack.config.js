/* global require, module, process, __dirname, console */

const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const LocalizedFunctionsMetadataPlugin = require("./scripts/localized-functions-metadata");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");

const urlDev = "https://localhost:3000/";
// Where the production build is served from; the manifest's localhost URLs are rewritten to it.
const urlProdPlaceholder = "https://www.example.com/kam/";
const urlProd = withTrailingSlash(process.env.KAM_ADDIN_URL || urlProdPlaceholder);

const functionsInput = "./src/functions/functions.ts";
// The workbench (npm run workbench): the task pane on an in-memory Excel. Its page is
// dist/workbench.html, beside taskpane.html so the pane finds assets/ where it does in Excel.
const workbenchEntry = "workbench/workbench";

function withTrailingSlash(url) {
  return url.endsWith("/") ? url : url + "/";
}

// Only `webpack serve` needs certificates. getHttpsServerOptions may create and install them,
// so a plain build must never call it (it has to work offline on a fresh machine).
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

function productionManifest(content) {
  if (urlProd === urlProdPlaceholder) {
    console.warn(
      `KAM_ADDIN_URL is not set: dist/manifest*.xml points to the placeholder ${urlProdPlaceholder}`
    );
  }
  return content.toString().split(urlDev).join(urlProd);
}

function pagePlugins(dev) {
  const manifests = { from: "manifest*.xml", to: "[name][ext]" };
  if (!dev) manifests.transform = productionManifest;
  return [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // Shared runtime: the task pane page also hosts the custom functions.
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
    }),
    new HtmlWebpackPlugin({
      filename: "workbench.html",
      template: "./src/workbench/workbench.html",
      chunks: [workbenchEntry],
    }),
    new CopyWebpackPlugin({
      patterns: [{ from: "assets/*", to: "assets/[name][ext]" }, manifests],
    }),
  ];
}

/**
 * Options: `--env functionsOnly` builds only functions.js and functions.json (for tests that load the
 * bundle in a bare JavaScript context); `--output-path <dir>` overrides dist/.
 */
module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const functionsOnly = env.functionsOnly === true || env.functionsOnly === "true";
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    devtool: "source-map",
    target: ["web", "es2019"],
    entry: functionsOnly
      ? { functions: functionsInput }
      : {
          functions: functionsInput,
          taskpane: "./src/taskpane/index.tsx",
          [workbenchEntry]: "./src/workbench/index.tsx",
        },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The functions bundle is also loaded where there is no window (tests, JS-only runtimes).
      globalObject: "globalThis",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: {
        // ExcelJS's browser build, with the Node built-ins it needs already bundled (only the workbench uses it).
        exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // tsconfig.json is set up for type checking and jest; webpack wants ES modules to shake trees.
              compilerOptions: { noEmit: false, module: "esnext" },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsInput }),
      // The descriptions come from the catalogues: the first language's in functions.json, each other
      // language's in functions.<lang>.json, which Excel shows to users whose Office speaks it (one
      // Override per language in manifest.xml).
      new LocalizedFunctionsMetadataPlugin({ source: "functions.json" }),
      ...(functionsOnly ? [] : pagePlugins(dev)),
    ],
    performance: {
      // Fluent UI makes the task pane bigger than webpack's 244 KiB default; warn only past 1 MiB.
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
      // The workbench carries ExcelJS and a formula engine; Excel never loads it, so its size is no concern.
      assetFilter: (asset) => !asset.startsWith("workbench/") && !asset.endsWith(".map"),
    },
    devServer: {
      // Excel loads the add-in from https://localhost:3000 on this machine; nothing else should reach
      // the bundle and its source maps, so the server listens on the loopback interface only.
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "https",
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};
