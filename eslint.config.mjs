/**
 * Lint for `npm run lint` (office-addin-lint check → ESLint 9 with this file): the Office add-in rules
 * (load before read, sync after load, no sync in loops, isNullObject checks), React and TypeScript.
 * office-addin-lint checks src/ by default; tests and scripts are Node code and typed by tsc instead.
 */
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The plugin's recommended block lists .ts but not .tsx; its rules are taken from it and applied to both.
const recommendedRules = Object.assign({}, ...officeAddins.configs.recommended.map((c) => c.rules ?? {}));

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { "office-addins": officeAddins, prettier, "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    settings: { react: { version: "19" } },
    rules: {
      ...recommendedRules,
      // Formatting is enforced below, on the add-in's UI code only: the engine keeps its own hand formatting.
      "prettier/prettier": "off",
      // Chinese text uses the ideographic space (U+3000) on purpose, in strings and templates only.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipComments: true }],
      // TypeScript checks names and types better than these do; with the automatic JSX runtime React need not be in scope.
      "no-undef": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}"],
    rules: { "prettier/prettier": ["error", { endOfLine: "auto", printWidth: 120, trailingComma: "all" }] },
  },
];
