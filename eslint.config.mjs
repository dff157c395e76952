import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// office-addin-lint passes this file to ESLint when it exists (otherwise its own default, .ts only).
const scriptFiles = ["**/*.{js,mjs,cjs,ts,mts,cts}"];
const reactFiles = ["**/*.{jsx,tsx}"];
const typeScriptFiles = ["**/*.{ts,tsx,mts,cts}"];

const only = (files, configs) => configs.map((config) => ({ ...config, files }));

export default [
  { ignores: ["dist/**", "coverage/**", "node_modules/**"] },
  ...only(scriptFiles, officeAddins.configs.recommended),
  ...only(reactFiles, officeAddins.configs.react),
  {
    // The plugin's configs stop at ES2015 for plain JavaScript; config and build scripts use more.
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { ecmaVersion: "latest" },
  },
  {
    files: typeScriptFiles,
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript already reports undefined names, and knows the Office and CustomFunctions globals.
      "no-undef": "off",
    },
  },
  {
    files: reactFiles,
    settings: { react: { version: "detect" } },
    rules: {
      // The new JSX transform (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
    },
  },
];
