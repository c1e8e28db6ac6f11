import { dirname, isAbsolute, relative, resolve, sep } from "node:path";

/**
 * The folder the command was typed in. `npm --prefix <tool> run evaluate` (and plain `npm run` from a subfolder) runs
 * the script in the tool's folder and keeps the reviewer's in INIT_CWD; a relative path means the reviewer's. INIT_CWD
 * is believed only while the process still sits where npm put it (the folder of the package npm ran): a program that
 * started this one somewhere else, under an npm script of its own, leaves an INIT_CWD that is not about this command.
 */
export function commandFolder(env: NodeJS.ProcessEnv, cwd: string): string {
  const typedIn = env.INIT_CWD;
  const packageJson = env.npm_package_json;
  if (!typedIn || !packageJson) return cwd;
  return resolve(dirname(packageJson)) === resolve(cwd) ? resolve(typedIn) : cwd;
}

/** A path as typed, made absolute against the folder the command was typed in. */
export const located = (folder: string, typed: string): string => resolve(folder, typed);

/**
 * For a path that does not exist: the path as typed and, where it was typed relative, where it was looked for and
 * what relative paths start from — the question a reviewer running the tool from another folder has.
 */
export function notFoundMessage(typed: string, folder: string): string {
  if (isAbsolute(typed)) return `找不到文件“${typed}”，请检查路径。`;
  return `找不到文件“${typed}”：在“${located(folder, typed)}”没有找到（相对路径从输入命令时所在的文件夹“${folder}”算起），请检查路径。`;
}

/** How a written file is named to the reviewer: as typed, and where that is when it was typed relative. */
export function writtenAt(typed: string, folder: string): string {
  return isAbsolute(typed) ? typed : `${typed}（${located(folder, typed)}）`;
}

/**
 * The folder the summary's 文件 column is relative to: the folder given, or, for several inputs, the deepest folder
 * holding them all (a file given stands for its own folder), so 收件箱/ and 补交/水利局.xlsx read 收件箱/财政局.xlsx and
 * 补交/水利局.xlsx rather than two absolute paths.
 */
export function displayRoot(inputs: readonly { path: string; isFolder: boolean }[]): string {
  const folders = inputs.map((i) => (i.isFolder ? resolve(i.path) : dirname(resolve(i.path))));
  if (!folders.length) return "";
  let root = folders[0];
  for (const f of folders.slice(1)) while (root !== dirname(root) && !isInside(root, f)) root = dirname(root);
  return root;
}

const isInside = (folder: string, path: string) => {
  const r = relative(folder, path);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
};

/** A file's name in the summary: relative to the display root, with forward slashes as on every system's screen. */
export function displayName(root: string, file: string): string {
  const abs = resolve(file);
  return root && isInside(root, abs) ? relative(root, abs).split(sep).join("/") : abs;
}
