/**
 * The ribbon's function names: manifest.xml's <FunctionName> elements name these, and commands.ts associates them.
 * A test reads the manifest and checks the two agree, so a rename in one place cannot silently break the button.
 */
export const COMMAND_IDS = { evaluate: "evaluateWorkbook", insertTemplate: "insertTemplate" } as const;

export type CommandId = (typeof COMMAND_IDS)[keyof typeof COMMAND_IDS];
