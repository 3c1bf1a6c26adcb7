// The node types of @lezer/python 1.1 (its `nodeNames`, in id order, and the
// props its nodes carry), rebuilt without loading its parse tables, so a tree the
// fast parser builds is one lezer could have built. A test proves every id, name
// and prop equal to `parser.nodeSet` of the installed @lezer/python; highlighting
// tags are left out (nothing here highlights).
import { NodeProp, NodeSet, NodeType } from "@lezer/common";

const NAMES = ("⚠ print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ " +
  "ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and " +
  "CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName " +
  "AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for " +
  "LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression " +
  "DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp " +
  "MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion " +
  "FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement " +
  "UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue " +
  "ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement " +
  "global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body " +
  "elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def " +
  "ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody " +
  "MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern " +
  "SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard").split(" ");

/** Ids past the named ones: lezer's anonymous terms (none of them is ever in a tree). */
const TYPE_COUNT = 193;

/** The first of a statement's two group names is its own rule's, the second `statement`'s (lezer repeats it). */
const SMALL_STATEMENTS = new Set(["AssignStatement", "UpdateStatement", "ExpressionStatement", "DeleteStatement", "PassStatement",
  "BreakStatement", "ContinueStatement", "ReturnStatement", "YieldStatement", "PrintStatement", "RaiseStatement",
  "ImportStatement", "ScopeStatement", "AssertStatement", "TypeDefinition"]);
const COMPOUND_STATEMENTS = new Set(["StatementGroup", "IfStatement", "WhileStatement", "ForStatement", "TryStatement",
  "WithStatement", "FunctionDefinition", "ClassDefinition", "DecoratedStatement", "MatchStatement"]);
const EXPRESSIONS = new Set(["BinaryExpression", "UnaryExpression", "AwaitExpression", "ParenthesizedExpression", "VariableName",
  "TupleExpression", "ComprehensionExpression", "ArrayExpression", "ArrayComprehensionExpression", "DictionaryExpression",
  "DictionaryComprehensionExpression", "SetExpression", "SetComprehensionExpression", "CallExpression", "MemberExpression",
  "Number", "String", "FormatString", "ContinuedString", "Ellipsis", "None", "Boolean"]);
/** Only the first of two same-named types is an expression (the other is a binary or `not` test). */
const EXPRESSION_IDS_ONLY = new Map([["BinaryExpression", 8], ["UnaryExpression", 18]]);
const PATTERNS = new Set(["CapturePattern", "LiteralPattern", "AsPattern", "OrPattern", "AttributePattern", "SequencePattern",
  "MappingPattern", "StarPattern", "ClassPattern"]);
const ISOLATED = new Set(["Comment", "String", "FormatString", "FormatReplacement"]);
const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

function groupOf(name: string, id: number): string[] | undefined {
  if (SMALL_STATEMENTS.has(name)) return ["Statement", "Statement"];
  if (COMPOUND_STATEMENTS.has(name)) return ["Statement"];
  if (PATTERNS.has(name)) return ["Pattern"];
  const only = EXPRESSION_IDS_ONLY.get(name);
  if (EXPRESSIONS.has(name) && (only === undefined || only === id)) return ["Expression"];
  return undefined;
}

function define(id: number): NodeType {
  const name = NAMES[id] ?? "";
  const props: [NodeProp<unknown>, unknown][] = [];
  const group = groupOf(name, id);
  if (group) props.push([NodeProp.group, group]);
  if (ISOLATED.has(name)) props.push([NodeProp.isolate, "auto"]);
  // The replacement field's "{" (id 3) opens nothing in lezer's table; the brace token (59) does.
  if (CLOSERS[name] && id !== 3) props.push([NodeProp.closedBy, [CLOSERS[name]]]);
  const opener = Object.keys(CLOSERS).find((k) => CLOSERS[k] === name);
  if (opener) props.push([NodeProp.openedBy, [opener]]);
  return NodeType.define({ id, name, props, top: name === "Script", error: id === 0, skipped: id === 0 || name === "Comment" });
}

export const pythonNodeSet = new NodeSet(Array.from({ length: TYPE_COUNT }, (_, id) => define(id)));

/** The id of the one type of that name; throws for the names lezer uses twice (those ids are in `Id`). */
function idOf(name: string): number {
  const first = NAMES.indexOf(name);
  if (first < 0 || NAMES.indexOf(name, first + 1) >= 0) throw new Error(`no single node type named ${name}`);
  return first;
}

/** Node type ids the parser emits. Where lezer has two types of one name, the rule that makes each is named. */
export const Id = {
  Comment: idOf("Comment"), Script: idOf("Script"), Escape: idOf("Escape"), ReplacementStart: 3,
  Star: idOf("*"), DoubleStar: idOf("**"), At: idOf("@"), AtDecorator: idOf("At"),
  BinaryExpression: 8, BinaryTest: 26, UnaryExpression: 18, UnaryNot: 33,
  BitOr: 9, BitXor: 10, BitAnd: 11, BitShift: 12, ArithPlus: 13, ArithTimes: 14, ArithPower: 16, ArithSign: 19, BitNot: 20,
  AwaitExpression: idOf("AwaitExpression"), CloseParen: idOf(")"), OpenParen: idOf("("),
  ParenthesizedExpression: idOf("ParenthesizedExpression"), CompareOp: idOf("CompareOp"),
  ConditionalExpression: idOf("ConditionalExpression"), LambdaExpression: 37, LambdaParamList: 39,
  VariableName: idOf("VariableName"), LambdaAssignOp: 41, NamedExpression: idOf("NamedExpression"), WalrusOp: 45, Comma: idOf(","), Colon: idOf(":"),
  YieldExpression: idOf("YieldExpression"), TupleExpression: idOf("TupleExpression"),
  ComprehensionExpression: idOf("ComprehensionExpression"), CloseBracket: idOf("]"), OpenBracket: idOf("["),
  ArrayExpression: idOf("ArrayExpression"), ArrayComprehensionExpression: idOf("ArrayComprehensionExpression"),
  CloseBrace: idOf("}"), OpenBrace: 59, DictionaryExpression: idOf("DictionaryExpression"),
  DictionaryComprehensionExpression: idOf("DictionaryComprehensionExpression"), SetExpression: idOf("SetExpression"),
  SetComprehensionExpression: idOf("SetComprehensionExpression"), CallExpression: idOf("CallExpression"),
  ArgList: idOf("ArgList"), ArgAssignOp: 66, MemberExpression: idOf("MemberExpression"), Dot: idOf("."),
  PropertyName: idOf("PropertyName"), Number: idOf("Number"), String: idOf("String"), FormatString: idOf("FormatString"),
  FormatReplacement: 73, FormatSelfDoc: 74, FormatConversion: idOf("FormatConversion"), FormatSpec: idOf("FormatSpec"),
  NestedFormatReplacement: 77, NestedFormatSelfDoc: 78, ContinuedString: idOf("ContinuedString"),
  Ellipsis: idOf("Ellipsis"), None: idOf("None"), Boolean: idOf("Boolean"), TypeDef: 83, AssignOp: 84,
  UpdateStatement: idOf("UpdateStatement"), UpdateOp: idOf("UpdateOp"), AssignStatement: idOf("AssignStatement"),
  ExpressionStatement: idOf("ExpressionStatement"), DeleteStatement: idOf("DeleteStatement"),
  PassStatement: idOf("PassStatement"), BreakStatement: idOf("BreakStatement"), ContinueStatement: idOf("ContinueStatement"),
  ReturnStatement: idOf("ReturnStatement"), YieldStatement: idOf("YieldStatement"), RaiseStatement: idOf("RaiseStatement"),
  ImportStatement: idOf("ImportStatement"), ScopeStatement: idOf("ScopeStatement"), AssertStatement: idOf("AssertStatement"),
  StatementGroup: idOf("StatementGroup"), Semicolon: idOf(";"), IfStatement: idOf("IfStatement"), Body: idOf("Body"),
  WhileStatement: idOf("WhileStatement"), ForStatement: idOf("ForStatement"), TryStatement: idOf("TryStatement"),
  WithStatement: idOf("WithStatement"), FunctionDefinition: idOf("FunctionDefinition"), ParamList: 130, ParamAssignOp: 131,
  ReturnTypeDef: 132, ClassDefinition: idOf("ClassDefinition"), DecoratedStatement: idOf("DecoratedStatement"),
  Decorator: idOf("Decorator"),
} as const;

/** Keywords lezer always reads as keywords (its `kw<>`), each a node type of its own name. */
export const KEYWORD_IDS: ReadonlyMap<string, number> = new Map(
  ["await", "or", "and", "in", "not", "is", "if", "else", "lambda", "yield", "from", "async", "for", "del", "pass", "break",
    "continue", "return", "raise", "import", "as", "global", "nonlocal", "assert", "elif", "while", "try", "except",
    "finally", "with", "def", "class"].map((k) => [k, idOf(k)] as const).concat([["None", idOf("None")], ["True", idOf("Boolean")], ["False", idOf("Boolean")]]),
);
