import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One module reached from an entry, and how: `static` imports load with the page, `dynamic` ones on demand. */
export interface ReachedModule {
  /** A path relative to the repository root, or a package name for node_modules. */
  id: string;
  via: 'static' | 'dynamic';
}

const root = path.resolve(import.meta.dirname, '..', '..');
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''];

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && /\.(tsx?|css)$/.test(file)) return file;
  }
  return null;
}

function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? spec);
}

/** The value imports of one file: type-only imports and exports are left out (the bundler erases them). */
function importsOf(file: string): { spec: string; dynamic: boolean }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { spec: string; dynamic: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) found.push({ spec: node.moduleSpecifier.text, dynamic: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push({ spec: node.moduleSpecifier.text, dynamic: false });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ spec: node.arguments[0].text, dynamic: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every module an entry reaches through value imports, walking our own sources (packages are leaves).
 * A module reached statically anywhere counts as static; one reached only behind an `import()` as dynamic.
 */
export function reachableFrom(entry: string): Map<string, ReachedModule> {
  const reached = new Map<string, ReachedModule>();
  const walk = (file: string, via: 'static' | 'dynamic') => {
    const id = path.relative(root, file);
    const seen = reached.get(id);
    if (seen && (seen.via === 'static' || via === 'dynamic')) return;
    reached.set(id, { id, via });
    if (!/\.tsx?$/.test(file)) return;
    for (const { spec, dynamic } of importsOf(file)) {
      const next = dynamic ? 'dynamic' : via;
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec);
        if (target) walk(target, next);
      } else {
        const pkg = packageOf(spec);
        const known = reached.get(pkg);
        if (!known || (known.via === 'dynamic' && next === 'static')) reached.set(pkg, { id: pkg, via: next });
      }
    }
  };
  walk(path.resolve(root, entry), 'static');
  return reached;
}
