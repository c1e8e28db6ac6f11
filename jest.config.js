/**
 * Type checking is done once by `tsc --noEmit` in `npm test`; jest only transpiles, which keeps it fast.
 * Component tests choose jsdom with a `@jest-environment jsdom` docblock; everything else runs in node.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false, tsconfig: { jsx: "react-jsx", esModuleInterop: true, module: "commonjs" } }],
  },
  // office-addin-mock imports only an enum from office-addin-manifest, whose dependencies are ESM-only, which jest on
  // Node 20 cannot require. The stub gives the enum and nothing else.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/helpers/officeAddinManifestStub.js" },
};
