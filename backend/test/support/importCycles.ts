import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

// The import map of a source tree, and the circles in it. TypeScript's own parser reads the specifiers, so
// `import type`, `export … from`, `export * as`, `import()` and `import('…').T` all count, and nothing in a
// comment or a string does. Only relative specifiers are followed: packages cannot import us back.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function specifiers(file: string): string[] {
  const found: string[] = [];
  const literal = (node: ts.Node | undefined) => node && ts.isStringLiteralLike(node) && found.push(node.text);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) literal(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) literal(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) literal(node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest));
  return found;
}

/** file → the files of the same tree it imports (ESM `./x.js` names `x.ts`; bundler-style `./x` names x.ts(x) or x/index.ts(x)). */
export function importGraph(root: string): Map<string, string[]> {
  const files = sourceFiles(root);
  const known = new Set(files);
  const target = (from: string, spec: string) => {
    const base = resolve(dirname(from), spec).replace(/\.jsx?$/, '');
    return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((f) => known.has(f));
  };
  return new Map(
    files.map((f) => [
      relative(root, f),
      [
        ...new Set(
          specifiers(f)
            .filter((s) => s.startsWith('.'))
            .flatMap((s) => target(f, s) ?? []),
        ),
      ].map((t) => relative(root, t)),
    ]),
  );
}

/** Tarjan's strongly connected components of more than one file (or a file importing itself): each holds circles. */
function tangles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    for (const w of graph.get(v)!) {
      if (!index.has(w)) connect(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = stack.splice(stack.indexOf(v));
    if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component);
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return found;
}

/** The shortest circle from `start` back to itself inside one tangle (breadth first). */
function circleThrough(start: string, graph: Map<string, string[]>, tangle: Set<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const next of graph.get(queue[i]!)!.filter((w) => tangle.has(w))) {
      if (next === start) {
        const path = [queue[i]!];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, queue[i]!);
        queue.push(next);
      }
    }
  }
  return [start];
}

/**
 * Every import circle of the tree as a readable chain, `a.ts → b.ts → a.ts`: for each file caught in a tangle,
 * the shortest circle through it (the same circle found from two of its files is listed once).
 */
export function importCycles(root: string): string[] {
  const graph = importGraph(root);
  const chains = tangles(graph).flatMap((component) =>
    component.map((file) => {
      const circle = circleThrough(file, graph, new Set(component));
      const first = circle.indexOf([...circle].sort()[0]!);
      const rotated = [...circle.slice(first), ...circle.slice(0, first)];
      return [...rotated, rotated[0]].join(' → ');
    }),
  );
  return [...new Set(chains)].sort();
}
