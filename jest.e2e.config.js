/** The end-to-end run (`npm run test:e2e`): the built pane in Debian's Chromium. Kept apart from `npm test` because it needs the build and a browser. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  testTimeout: 120000,
};
