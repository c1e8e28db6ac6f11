/**
 * Entry of each batch worker thread. The command runs under tsx and the tests under ts-jest, and a new thread inherits
 * neither's TypeScript support reliably (ts-jest's transform does not reach it at all), so the thread registers tsx's
 * CommonJS hook itself and then loads the real worker. Plain JavaScript because it is what runs before TypeScript can.
 */
require("tsx/cjs/api").register();
require("./worker.ts");
