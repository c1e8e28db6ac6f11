/**
 * Excel's limits on one formula (Microsoft, "Excel specifications and limits"): 8,192 characters, 255 arguments to a
 * function, 64 levels of nested functions. Measured on the formula text as a plan carries it (without "=").
 */
export const EXCEL_LIMITS = { characters: 8192, arguments: 255, nesting: 64 } as const;

export interface FormulaShape {
  characters: number;
  /** The most arguments any one function call has. */
  maxArguments: number;
  /** The deepest nesting of function calls (SUM(1) is 1, ROUND(SUM(1),2) is 2). */
  maxNesting: number;
}

export function shapeOf(formula: string): FormulaShape {
  const stack: { fn: boolean; args: number; empty: boolean }[] = [];
  let maxArguments = 0;
  let maxNesting = 0;
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal; "" inside it is a quote.
      for (i++; i < formula.length; i++) {
        if (formula[i] === '"' && formula[i + 1] === '"') i++;
        else if (formula[i] === '"') break;
      }
      if (stack.length) stack[stack.length - 1].empty = false;
      continue;
    }
    if (ch === "'") {
      for (i++; i < formula.length && formula[i] !== "'"; i++) if (formula[i] === "'" && formula[i + 1] === "'") i++;
      continue;
    }
    if (ch === "(") {
      const fn = /[A-Za-z0-9_.]$/.test(formula.slice(0, i));
      stack.push({ fn, args: 1, empty: true });
      if (fn) maxNesting = Math.max(maxNesting, ++depth);
      continue;
    }
    if (ch === ")") {
      const top = stack.pop();
      if (top?.fn) {
        maxArguments = Math.max(maxArguments, top.empty ? 0 : top.args);
        depth--;
      }
      if (stack.length) stack[stack.length - 1].empty = false;
      continue;
    }
    if (ch === "," && stack.length) stack[stack.length - 1].args++;
    if (ch !== " " && stack.length) stack[stack.length - 1].empty = false;
  }
  return { characters: formula.length + 1, maxArguments, maxNesting };
}
