// The syntax tree of a program of the subset, in arenas indexed by 32-bit
// ids. Every node has its byte span. Names are string_views into the source
// (or into static storage for the names desugaring introduces, such as "::"
// or "Array.get"), so parsing allocates nothing per identifier.
//
// The shapes follow OCaml's Parsetree where that matters for typing and for
// error locations: `a + b` is an application of the identifier `+` (located
// on the operator), `[a; b]` is nested `::` constructors, `let f x = e`
// binds `fun x -> e`, `-1` is a negative constant, `a.(i)` applies
// `Array.get`.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "support/memory.h"
#include "support/span.h"

namespace mlhint::ast {

using Id = uint32_t;
inline constexpr Id kNone = UINT32_MAX;

// A slice of Ast::ids.
struct ListRef {
  uint32_t begin = 0;
  uint32_t size = 0;
};

// A possibly qualified name: `x`, `List.map`, `Int32.t`, `None`, `( + )`.
struct LongIdent {
  ListRef parts;  // indices into Ast::names; the last is the name itself
  Span span;
};

enum class ConstKind : uint8_t { Int, Char, String, Float };

struct Constant {
  ConstKind kind;
  bool negative = false;  // folded from a unary minus: `-1`, `-. 2.5`
  Span text;              // the literal token (digits and suffix; quotes)
};

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  Ident,         // a: LongIdent
  Constant,      // a: Constant
  Construct,     // a: LongIdent, b: argument or kNone
  Tuple,         // list: elements
  Apply,         // a: function, list: arguments, c: first of their ArgLabels or kNone
  Let,           // list: Bindings, a: body; flags: kRec
  Function,      // list: Cases
  Fun,           // a: parameter pattern, b: body, c: its ArgLabel or kNone
  Match,         // a: scrutinee, list: Cases
  Try,           // a: body, list: Cases
  IfThenElse,    // a: condition, b: then, c: else or kNone
  Sequence,      // a, b
  While,         // a: condition, b: body
  For,           // a: index pattern, b: start, c: stop, list: the body alone; flags: kDownto
  Record,        // list: RecordFields, a: `with` expression or kNone
  Field,         // a: record, b: LongIdent label
  SetField,      // a: record, b: LongIdent label, c: new value
  Array,         // list: elements
  Constraint,    // a: expression, b: TypeExpr
  Assert,        // a: expression
  LocalOpen,     // `M.(e)`, `let open M in e`: a: LongIdent of the module, b: body
  Lazy,          // `lazy e`: a: expression
  LetException,  // `let exception C of t in e`: a: ConstructorDecl, b: body
  NewType,       // `fun (type t) -> e`: a: body, b: LongIdent of t; flags: kPolyAnnotation
  LetModule,     // `let module M = ... in e`: a: the Module item, b: body; flags: kOpenModule
  LetOp,         // `let* p = e and* q = f in body`: list: Bindings (each with its op), a: body,
                 // b: the parameter pattern (p, or the ghost tuples ((p, q), ...))
  Unsupported,   // a: index into Ast::unsupported
  Unreachable,   // the `.` of a refutation case `p -> .`
  Variant,       // a polymorphic variant's tag `A: a: LongIdent of A, b: argument or kNone
  // A first-class module, `(module ME)`: a: the Module item (unnamed) of
  // ME. `(module ME : S)` is a Constraint of it to the package type S, as
  // OCaml's parser makes it.
  Pack,
};

// Expression flags.
inline constexpr uint8_t kGhost = 1 << 0;   // introduced by desugaring
inline constexpr uint8_t kInfix = 1 << 1;   // Apply of an infix operator
inline constexpr uint8_t kPrefix = 1 << 2;  // Apply of a prefix operator (!x, -x)
inline constexpr uint8_t kRec = 1 << 3;     // Let: `let rec`
inline constexpr uint8_t kDownto = 1 << 4;  // For: `downto`
// NewType: made from `let f : type t. T = e` (the same bit as kDownto).
inline constexpr uint8_t kPolyAnnotation = 1 << 4;
// LetModule: `let open <structure or functor application> in e`, the module
// (unnamed) opened for the body (shares kRec's bit).
inline constexpr uint8_t kOpenModule = 1 << 3;
inline constexpr uint8_t kIndexSugar = 1 << 5;    // Apply written a.(i), a.(i) <- v, s.[i]
inline constexpr uint8_t kParens = 1 << 6;        // written between parentheses or begin/end
inline constexpr uint8_t kWarningScope = 1 << 7;  // has a warning attribute (WarningAttribute)

// 32 bytes: the most numerous node (a sixth of the source's bytes in count).
struct Expr {
  ExprKind kind;
  uint8_t flags = 0;
  Span span;
  Id a = kNone, b = kNone, c = kNone;
  ListRef list;
};

struct Binding {
  Id pat;
  Id expr;
  Span span;
  Id op = kNone;  // of a LetOp: the operator (`let*`, `and+`), an Ident
};

struct Case {
  Id pat;
  Id guard;  // kNone when absent
  Id body;
  Span span;
};

// The label of an argument (`~x:e`, `~x`, `?x:e`, `?x`) or of a parameter
// (`~x`, `~x:p`, `?x`, `?(x = e)`). An Apply with a labelled argument has one
// per argument (kind 0 for an unlabelled one), from its `c`.
enum class ArgLabelKind : uint8_t { None, Labelled, Optional };
struct ArgLabel {
  ArgLabelKind kind = ArgLabelKind::None;
  Span name;                // the label's name, in the source
  Id default_expr = kNone;  // a parameter `?(x = e)`: e
};

struct RecordField {
  Id label;  // LongIdent
  Id expr;
  Span span;
  bool punned = false;
};

// ---------------------------------------------------------------- patterns

enum class PatKind : uint8_t {
  Any,          // _
  Var,          // name
  Alias,        // a: pattern, name
  Constant,     // a: Constant
  Interval,     // a, b: Constants ('a'..'z')
  Tuple,        // list: elements
  Construct,    // a: LongIdent, b: argument or kNone
  Record,       // list: RecordPatFields; flags: kOpenRecord for `; _`
  Array,        // list: elements
  Or,           // a, b
  Constraint,   // a: pattern, b: TypeExpr
  Exception,    // a: pattern (`exception p`, a case of a match, or under its or-patterns)
  LocalOpen,    // `M.(p)`, `M.[p]`, `M.{ ... }`: a: pattern, b: LongIdent of the module
  Lazy,         // `lazy p`: a: pattern
  Unsupported,  // a: index into Ast::unsupported
  Variant,      // a polymorphic variant's tag `A: a: LongIdent of A, b: argument or kNone
  // `(module M)`: name (may be `_`). `(module M : S)` is a Constraint of
  // it to the package type S.
  Unpack,
};
inline constexpr uint8_t kOpenRecord = 1 << 1;

struct Pat {
  PatKind kind;
  uint8_t flags = 0;
  Span span;
  Id a = kNone, b = kNone;
  ListRef list;
  Span name;  // Var, Alias: the bound name (an operator name for `( + )`)
};

struct RecordPatField {
  Id label;  // LongIdent
  Id pat;
  Span span;
  bool punned = false;
};

// ---------------------------------------------------------------- types

enum class TypeKind : uint8_t {
  Var,     // 'a: name (without the quote)
  Any,     // _
  Arrow,   // a -> b; name: the label of a labelled argument (flags)
  Tuple,   // list
  Constr,  // a: LongIdent, list: arguments
  // `C of { x : t; ... }`: the one argument of a constructor declaration,
  // an inline record (list: LabelDecls).
  InlineRecord,
  Unsupported,  // a: index into Ast::unsupported
  // A package type, `(module S)` or `(module S with type t = u)`: b: the
  // ModuleType item (kModuleTypePath, or kModuleTypeWith of one).
  Package,
};
inline constexpr uint8_t kLabelled = 1 << 1;  // Arrow: `label:t -> u`
inline constexpr uint8_t kOptional = 1 << 2;  // Arrow: `?label:t -> u`

struct TypeExpr {
  TypeKind kind;
  uint8_t flags = 0;
  Span span;
  Id a = kNone, b = kNone;
  ListRef list;
  Span name;
};

// ---------------------------------------------------------------- declarations

struct TypeParam {
  Span name;  // empty for `_`
  Span span;
};

struct ConstructorDecl {
  Span name;
  std::string_view text;  // the name: "C", or "::", "[]", "()", "true", "false"
  ListRef args;           // TypeExprs
  Span span;
  Id result = kNone;  // `C : t` (GADT syntax): recorded as unsupported
  // `[@warn_on_literal_pattern]` after it: a literal in a pattern of its
  // argument is warning 52.
  bool warn_on_literal_pattern = false;
};

struct LabelDecl {
  Span name;
  Id type;
  Span span;
  bool is_mutable = false;
};

enum class TypeDeclKind : uint8_t { Abstract, Variant, Record, Open };

struct TypeDecl {
  Span name;
  ListRef params;  // TypeParams
  TypeDeclKind kind = TypeDeclKind::Abstract;
  Id manifest = kNone;  // TypeExpr of `type t = u` or of a re-export `= u = A | B`
  ListRef members;      // ConstructorDecls or LabelDecls
  Span span;
  bool is_private = false;
  uint8_t attributes = 0;     // kUnboxedAttribute... written after it
  bool substitution = false;  // a constraint `with type t := u`
};
// The attributes of a type declaration that OCaml interprets
// (Builtin_attributes.has_unboxed, has_boxed, immediate, immediate64).
inline constexpr uint8_t kUnboxedAttribute = 1;
inline constexpr uint8_t kBoxedAttribute = 2;
inline constexpr uint8_t kImmediateAttribute = 4;
inline constexpr uint8_t kImmediate64Attribute = 8;

enum class ItemKind : uint8_t {
  Value,        // list: Bindings; flags: kRec
  Type,         // list: TypeDecls; flags: kNonrec
  Exception,    // a: ConstructorDecl
  Eval,         // a: expression
  ValDecl,      // signature `val name : type`: name, a: TypeExpr
  ModuleDecl,   // signature `module M : sig ... end`: name, list: items; or b: `: S`
  Open,         // `open M`: a: LongIdent of the module; `open struct ... end`: a:
                // kNone, list: its items; `open F (X)`: a: kNone, b: the Module
                // item (kFunctorApp, unnamed) of the application
  Module,       // `module NAME = struct ... end`: name, list: items; or, with
                // kFunctorApp, `module NAME = F (X)` (a: LongIdent of F, b: of X)
                // or `F (struct ... end)` (list: the argument's items);
                // with kConstrained, `module NAME : MT = struct ... end`
                // (b: the ModuleType item of MT, body: where the structure is);
                // with kModuleAlias, `module NAME = M` (a: LongIdent of M)
  ModuleType,   // `module type NAME = sig ... end`: name, list: the signature's
                // items; or, with kModuleTypePath, `= S` (a: LongIdent of S)
  Unsupported,  // a: index into Ast::unsupported; a type extension's
                // list: the ConstructorDecls it defines
  Attribute,    // a floating `[@@@warning "..."]`: a: index into Ast::warning_attributes
  Include,      // `include M` in a structure: a: LongIdent of M; `include struct
                // ... end`: a: kNone, list: its items; `include F (X)`: a: kNone,
                // b: the Module item (kFunctorApp, unnamed) of the application;
                // with kIncludeModuleType,
                // `include MT` in a signature (a: the ModuleType item of MT)
};
// Include: of a module type, in a signature.
inline constexpr uint8_t kIncludeModuleType = 1 << 0;
inline constexpr uint8_t kNonrec = 1 << 4;
// Unsupported: the definition of the module `name`, refused (its uses are
// not reported again).
inline constexpr uint8_t kRefusedModule = 1 << 5;
// Module: the application of a functor to a module path or a structure.
inline constexpr uint8_t kFunctorApp = 1 << 6;
// Module: an alias, `module NAME = M` (a: LongIdent of M).
inline constexpr uint8_t kModuleAlias = 1 << 5;
// Module: constrained to a module type (b).
inline constexpr uint8_t kConstrained = 1 << 7;
// Module: a functor, `module F (X : S) (Y : T) = struct ... end` (list: the
// body's items; a: the first parameter, a ModuleType item named by it,
// whose `b` is the next one's, or kNone; with `: MT` before `=`, b: the
// ModuleType item of MT and body: where the structure is).
inline constexpr uint8_t kFunctor = 1 << 2;
// Module with kFunctor: `b` is the module type of the whole functor,
// `module F : MT = functor (X : S) -> struct ... end` (a ModuleType item
// of kFunctorType or kModuleTypePath).
inline constexpr uint8_t kFunctorTyped = 1 << 3;
// Module with kConstrained: `module NAME : MT = F (X)` (a: the unnamed
// Module item, kFunctorApp, of the application).
inline constexpr uint8_t kConstrainedApp = 1 << 0;
// Module: `module NAME = (val e)` (a: the expression; `(val e : S)` is
// `(val (e : S))`, as OCaml's parser makes it; body: `(val ...)`).
inline constexpr uint8_t kUnpackModule = 1 << 1;
// ModuleType: a name of a module type, not a signature.
inline constexpr uint8_t kModuleTypePath = 1 << 7;
// ModuleType: a functor's type, `functor (X : S) (Y : T) -> MT` (a: the
// first parameter, a ModuleType item named by it, whose `b` is the next
// one's, or kNone; b: the ModuleType item of MT).
inline constexpr uint8_t kFunctorType = 1 << 4;
// ModuleType: `MT with type ...`: a: the ModuleType item of MT, list: the
// TypeDecls of the constraints, in order; body: where `MT with ...` is.
inline constexpr uint8_t kModuleTypeWith = 1 << 5;
// Unsupported: the definition of the module type `name`, refused.
inline constexpr uint8_t kRefusedModuleType = 1 << 6;
// ValDecl: `external name : t = "prim" ...` (body: its primitive strings
// and the attributes after them).
inline constexpr uint8_t kExternal = 1 << 5;

struct Item {
  ItemKind kind;
  uint8_t flags = 0;
  Span span;
  Id a = kNone;
  ListRef list;
  Span name;
  Id b = kNone;
  Span body;  // Module with kConstrained: its module expression
};

// A construct of OCaml outside the subset, kept in the tree so that it is
// reported in program order, at the construct.
struct UnsupportedConstruct {
  Span span;
  std::string what;  // "labelled arguments", "polymorphic variants", ...
  // "extension nodes" that do not start with their name's `[%`, `{%` or
  // `%` (`e1; %name e2`): where the name is. OCaml's "Uninterpreted
  // extension" is said at the name, rather than a refusal.
  Span extension_name{};
  // `[%extension_constructor P]` (Typecore interprets it): P's longident
  // if P is a path, kNone for another payload.
  bool extension_constructor = false;
  Id constructor = kNone;
  // `x <- e` (Typecore's Pexp_setinstvar): where x is. Outside an object
  // it is OCaml's error, not a refusal.
  Span instance_variable{};
};

// `[@unboxed]` or `[@untagged]` (also `ocaml.`) on a type expression: read
// where the type is an external's (Typedecl.parse_native_repr_attributes),
// ignored elsewhere, as OCaml ignores it.
struct NativeReprAttribute {
  Id type;        // the type expression it is attached to
  bool untagged;  // `untagged`, else `unboxed`
  bool payload;   // it has one (which OCaml does not accept)
  Span name;      // its name as written (`ocaml.unboxed`)
};

// A warning attribute: `[@warning "-26"]` on an expression, `[@@warning
// "..."]` after a binding or an item, `[@@@warning "..."]` floating in a
// structure (also `ocaml.warning`, and `warnerror` for -warn-error). It
// changes the warning settings for what it is attached to (the rest of the
// structure, when floating), as OCaml's Builtin_attributes.warning_scope.
// The other attributes of the subset are ignored, or refused when OCaml
// gives them a meaning mlhint does not check.
struct WarningAttribute {
  enum class Kind : uint8_t { Expr, Post, Floating };
  Kind kind = Kind::Expr;
  bool warn_error = false;  // `warnerror`
  bool alert = false;       // `alert "..."`: alert settings (Warnings.parse_alert_option)
  bool ppwarning = false;   // `ppwarning "..."`: warning 22 with this text, when in force
  Span span;                // the whole attribute
  Span payload;             // its string literal, quotes included (empty: none)
  // `alert` with a payload OCaml does not read: its warning 47's message,
  // given each time the scope is entered (Builtin_attributes.warn_payload);
  // a string's settings before the ill-formed part still apply.
  std::string payload_error;
  // What it applies to: an expression, a type expression, a pattern, a
  // constructor or a field declaration (Expr); the innermost binding, else
  // the type declaration of a group, else the item around it (Post); kNone
  // when it is on something else or when floating.
  Id expr = kNone, binding = kNone, item = kNone;
  Id type = kNone, pat = kNone, constructor = kNone, label = kNone, type_decl = kNone;
};

// An alert on a definition (Builtin_attributes.alert_attr): `[@@deprecated
// "message"]` (kind "deprecated") or `[@@alert kind "message"]` after a
// `val`, a type, a module or a module type, `[@deprecated]` after a
// constructor, a field or a variable of a pattern.
struct Alert {
  std::string kind;
  std::string message;  // "" when none
};

struct Ast {
  // Which tree this is, for caches of what is computed from one: addresses
  // are reused, serial numbers are not (a moved tree keeps its number).
  uint64_t serial = NextSerial();
  static uint64_t NextSerial() {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
  }
  ArenaVector<Expr> exprs;
  ArenaVector<Pat> pats;
  ArenaVector<TypeExpr> types;
  ArenaVector<Item> items;
  ArenaVector<Binding> bindings;
  ArenaVector<Case> cases;
  ArenaVector<RecordField> record_fields;
  ArenaVector<RecordPatField> record_pat_fields;
  ArenaVector<TypeDecl> type_decls;
  ArenaVector<TypeParam> type_params;
  ArenaVector<ConstructorDecl> constructors;
  ArenaVector<LabelDecl> labels;
  ArenaVector<ArgLabel> arg_labels;
  ArenaVector<LongIdent> longidents;
  ArenaVector<Constant> constants;
  ArenaVector<UnsupportedConstruct> unsupported;
  std::vector<WarningAttribute> warning_attributes;         // in source order
  std::vector<NativeReprAttribute> native_repr_attributes;  // in source order
  // Paths through a functor's application, `F(A).t` (Typetexp's Papply),
  // by their LongIdent: the Module item of the application (kFunctorApp,
  // unnamed; F and A paths; kNone for another application, `F(G(A))`,
  // `F(A)(B)`) and how many of the path's parts name F.
  struct AppliedPath {
    Id item;
    uint32_t functor_parts;
  };
  std::unordered_map<Id, AppliedPath> applied_paths;
  // The applications whose function carries `[@tailcall]` (true) or
  // `[@tailcall false]` (Translattribute.get_tailcall_attribute).
  std::unordered_map<Id, bool> tail_expectations;
  // Those whose `[@tailcall ...]` has another payload (warning 47), with
  // the attribute's name.
  std::unordered_map<Id, Span> tail_payload_errors;
  // The alerts of definitions, by where the defined name begins, in source
  // order.
  std::unordered_map<uint32_t, std::vector<Alert>> alerts;
  // The warning attributes (indices into warning_attributes, in source
  // order) of each expression, binding and item that has some.
  std::unordered_map<Id, std::vector<uint32_t>> expr_warnings, binding_warnings, item_warnings;
  std::unordered_map<Id, std::vector<uint32_t>> type_warnings, pat_warnings, constructor_warnings,
      label_warnings, type_decl_warnings;
  ArenaVector<Id> ids;                  // storage of every ListRef
  ArenaVector<std::string_view> names;  // storage of LongIdent parts

  ListRef structure;  // the top-level Items

  const Id* begin(ListRef l) const { return ids.data() + l.begin; }
  const Id* end(ListRef l) const { return ids.data() + l.begin + l.size; }
  Id at(ListRef l, uint32_t i) const { return ids[l.begin + i]; }
  Id ForBody(const Expr& e) const { return ids[e.list.begin]; }

  std::string_view LastName(Id longident) const {
    const LongIdent& l = longidents[longident];
    return names[l.parts.begin + l.parts.size - 1];
  }
  // "List.map", as OCaml prints a Longident.
  std::string FullName(Id longident) const;
};

// The sub-expressions of `e`, in source order (not a parameter's default,
// nor what a local module's items hold).
std::vector<Id> ExpressionChildren(const Ast& tree, Id e);

// Appends the sub-patterns of `p` to `to` (an alias's, a constraint's, an
// or-pattern's sides, a constructor's argument, the elements and fields).
void AppendPatternChildren(const Ast& tree, Id p, std::vector<Id>* to);

// The variables `p` binds: its Var and Alias patterns, those of an
// or-pattern's left side only (both sides bind the same ones).
std::vector<Id> PatternVariables(const Ast& tree, Id p);

// Whether `test` holds for `p` or a pattern within it.
template <typename Test>
bool AnyPattern(const Ast& tree, Id p, Test test) {
  std::vector<Id> work{p};
  while (!work.empty()) {
    Id q = work.back();
    work.pop_back();
    if (test(tree.pats[q])) return true;
    AppendPatternChildren(tree, q, &work);
  }
  return false;
}

}  // namespace mlhint::ast
