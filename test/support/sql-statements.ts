import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** A raw SQL statement found in the code: where it is, and its text when it is fixed. */
export interface SqlStatement {
  where: string;
  /** Undefined when the text is assembled at run time from parts not known here. */
  sql?: string;
}

/**
 * Where the SQL is among a call's arguments: `x.query(sql, …)`, and platform's helpers that take
 * a statement, `cursorRows(dataSource, sql, params)` and `preparedQuery(dataSource, name, sql, params)`.
 */
function sqlArgumentOf(call: ts.CallExpression): number | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'query') return 0;
  if (ts.isIdentifier(callee) && callee.text === 'cursorRows') return 1;
  if (ts.isIdentifier(callee) && callee.text === 'preparedQuery') return 2;
  return undefined;
}

/**
 * Every `.query(sql, …)` (and `cursorRows(…, sql, …)`, `preparedQuery(…, name, sql, …)`) call of a file whose SQL is a string, a template, or a template whose
 * parts are constants declared in the same file (`${COLUMNS}`); other parts leave `sql` unset.
 */
export function sqlStatementsIn(file: string, label = file): SqlStatement[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const constants = new Map<string, ts.Expression>();
  const statements: SqlStatement[] = [];
  const textOf = (node: ts.Expression, depth = 0): string | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node))
      return textOf(node.expression, depth);
    if (ts.isIdentifier(node) && depth < 5) {
      const value = constants.get(node.text);
      return value && textOf(value, depth + 1);
    }
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      for (const span of node.templateSpans) {
        const part = textOf(span.expression, depth + 1);
        if (part === undefined) return undefined;
        text += part + span.literal.text;
      }
      return text;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const [left, right] = [textOf(node.left, depth), textOf(node.right, depth)];
      return left === undefined || right === undefined ? undefined : left + right;
    }
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isVariableDeclarationList(node.parent) &&
      node.parent.flags & ts.NodeFlags.Const
    )
      constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const find = (node: ts.Node) => {
    const at = ts.isCallExpression(node) ? sqlArgumentOf(node) : undefined;
    if (at !== undefined && ts.isCallExpression(node) && node.arguments.length > at) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      statements.push({ where: `${label}:${line}`, sql: textOf(node.arguments[at]) });
    }
    ts.forEachChild(node, find);
  };
  find(source);
  return statements;
}
