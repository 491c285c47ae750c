// What the grammar's semantic actions call to build the tree: one small
// function per kind of node, so that actions stay one line and carry the
// OCaml desugarings (mkuminus, mkinfix, list sugar) in one place.
//
// The semantic values of the grammar are trivially copyable (SemanticValue
// below): the parser copies them on every shift and reduction, and a value
// that owns memory (a std::vector) made each of those a call through a
// switch on the symbol's type, plus an allocation per list.
#pragma once

#include <cstring>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "lexer/lexer.h"
#include "parser/ast.h"
#include "support/source.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mlhint {

// A list of ids under construction: a chain of cells in the builder's arena
// (AstBuilder::Push and friends), so that it is a plain value; appending,
// prepending and concatenating are O(1) and allocate nothing per list.
// AstBuilder::List copies it into the tree and reuses its cells. A list is
// used once: after `Push(l, x)` or `Concat(a, b)`, earlier copies of the same
// list must not be extended again, and after `List(l)` not read again (the
// grammar's actions consume each value once).
struct IdList {
  static constexpr uint32_t kNoCell = UINT32_MAX;
  uint32_t head = kNoCell;  // kNoCell: empty
  uint32_t tail = kNoCell;
  bool empty() const { return head == kNoCell; }
};

// A text from a fixed table, stored as its index in one byte, to keep the
// semantic values small. It is made from a string literal at compile time:
// a text missing from the table does not compile.
template <const std::string_view* kTable, size_t kSize>
struct TableText {
  uint8_t index = 0;
  TableText() = default;
  consteval TableText(const char* text) : index(Find(text)) {}  // NOLINT: implicit on purpose
  const char* c_str() const { return kTable[index].data(); }
  static consteval uint8_t Find(std::string_view text) {
    for (size_t i = 0; i < kSize; ++i)
      if (kTable[i] == text) return static_cast<uint8_t>(i);
    throw "TableText: not in the table";
  }
};

// Why a Mark makes a construct unsupported.
inline constexpr std::string_view kMarkReasons[] = {
    "",
    "attributes",
    "extension nodes",
    "let punning",
    "locally abstract types",
    "module declarations",
    "private types",
    "type constraints",
};
using MarkReason = TableText<kMarkReasons, std::size(kMarkReasons)>;

// Why a package type is refused (PackageCheck).
inline constexpr std::string_view kPackageMessages[] = {
    "",
    "parametrized types are not supported",
    "constrained types are not supported",
    "private types are not supported",
    "only 'with type t =' constraints are supported",
    "only module type identifier and 'with type' constraints are supported",
};
using PackageMessage = TableText<kPackageMessages, std::size(kPackageMessages)>;

// A decoration that takes a construct of the subset outside it: an
// attribute, an extension `%id` after a keyword, a `private` flag, a type
// constraint, ... When present, the construct is built as an Unsupported
// node located at the first such decoration, instead of its usual node.
struct Mark {
  Span span;
  MarkReason what;
  bool present = false;
  // Only optimisation attributes (`[@inline]`, `[@specialise]`, ...), of
  // these kinds (kOptimisation...): a function takes them, anything else
  // refuses them as attributes.
  uint8_t optimisation = 0;

  static Mark At(Span span, MarkReason what) { return Mark{span, what, true}; }
  static Mark Optimisation(Span span, uint8_t kind) { return Mark{span, "attributes", true, kind}; }
  // Keeps the first one in source order, one that is not only optimisation
  // attributes before those.
  Mark& Add(const Mark& other) {
    if (!other.present) return *this;
    if (present && optimisation && other.optimisation) {
      uint8_t kinds = optimisation | other.optimisation;
      if (optimisation & other.optimisation & kOptimisationKinds) kinds |= kOptimisationTwice;
      if (other.span.begin < span.begin) *this = other;
      optimisation = kinds;
      return *this;
    }
    bool other_first =
        !present || (optimisation && !other.optimisation) ||
        ((optimisation != 0) == (other.optimisation != 0) && other.span.begin < span.begin);
    if (other_first) *this = other;
    return *this;
  }
  // Only `[@inline]`/`[@specialise]` (once each): what a function takes.
  bool OnlyFunctionAttributes() const {
    return present && optimisation &&
           !(optimisation & ~(kOptimisationInline | kOptimisationSpecialise));
  }
  static constexpr uint8_t kOptimisationInline = 1;      // [@inline], [@inline always|never]
  static constexpr uint8_t kOptimisationSpecialise = 2;  // [@specialise] ...
  static constexpr uint8_t kOptimisationInlined = 4;     // [@inlined] ...
  static constexpr uint8_t kOptimisationKinds = 7;
  static constexpr uint8_t kOptimisationTwice = 8;  // one kind twice: OCaml warns (54)
};

// An id with the decorations found inside the construct it names.
struct MarkedId {
  ast::Id id = ast::kNone;
  Mark mark;
};
struct MarkedList {
  IdList ids;
  Mark mark;
};

// Semantic values of a few nonterminals that carry more than one id.
struct LetBindingsValue {
  IdList bindings;
  Mark mark;  // extension or attributes on any binding
  bool is_rec = false;
  bool has_ext = false;  // `let%ext`: OCaml then allows puns (`let%ext x`)
};
struct BindingBodyValue {
  ast::Id binding = ast::kNone;
  bool pun = false;  // `let x` with no `= e`
  Mark mark;         // attributes of an `and` binding
};
struct TypeDeclsValue {
  IdList decls;
  bool nonrec = false;
  Mark mark;  // anything on a declaration of the group that mlhint does not check
};
struct RecordContentValue {
  ast::Id with = ast::kNone;
  IdList fields;
};
struct RecordPatContentValue {
  IdList fields;
  bool open = false;
};
struct TypeKindValue {
  ast::Id manifest = ast::kNone;
  IdList members;
  Mark mark;  // `private`, attributes on constructors or fields
  ast::TypeDeclKind kind = ast::TypeDeclKind::Abstract;
  bool is_private = false;
};
// `val x : t` and `external x : t = "..."`.
struct ValueDescValue {
  Span name;
  ast::Id type = ast::kNone;
  Mark mark;
};
// What OCaml's package_type_of_module_type says of a module type used as a
// package type (`(module S with type t = u)`): nothing, or an error.
struct PackageCheck {
  Span span;
  PackageMessage message;
  bool ok = true;
  bool at_module_type = false;  // located on the whole module type

  static PackageCheck Refused(Span span, PackageMessage message, bool at_module_type) {
    return PackageCheck{span, message, false, at_module_type};
  }
};
// `with` constraints: what a package type makes of them, and the
// declarations of those the checker supports (`with type 'a t = u`),
// reversed.
struct WithConstraintsValue {
  PackageCheck check;
  IdList decls;
  ast::Id decl = ast::kNone;  // of one constraint
  bool supported = true;
};
// A module type: `sig ... end` without attributes is kept (the prelude's
// `module M : sig ... end`); anything else is only recognised.
struct ModuleTypeValue {
  IdList items;  // reversed, as signature elements are accumulated
  // Its location (pmty_loc) and its shape as a package type.
  Span span;
  PackageCheck constraints;  // With: the first constraint a package type refuses
  bool is_signature = false;
  enum class Shape : uint8_t { Ident, With, Other } shape = Shape::Other;
  // `MT with type ...` that the checker supports: its ModuleType item.
  ast::Id with_item = ast::kNone;
  bool has_with = false;  // has constraints (supported or not)
};
// A module expression: a structure (its items, reversed, as structure
// elements are accumulated), a module path, or another shape, which the
// item defining a module refuses.
struct ModuleExprValue {
  IdList items;
  // `: MT = ...`: the module type it is constrained to.
  bool constrained = false;
  ModuleTypeValue mty;
  Span span;                  // constrained: the module expression's
  ast::Id path = ast::kNone;  // Ident: the path; Apply: the functor's, if a path
  ast::Id arg = ast::kNone;   // Apply: the argument's path, if a path
  bool arg_struct = false;    // Apply: the argument is `struct ... end` (its items)
  // `module F (X : S) ... = struct ... end`: the parameters (ModuleType
  // items named by the parameter, kNone for one the checker cannot read),
  // in order; the body's shape is `shape`.
  IdList params;
  bool functor = false;
  enum class Shape : uint8_t {
    Other,
    Struct,
    Ident,
    Apply,
    Functor,
    Constraint
  } shape = Shape::Other;
};
struct ConstructorArgsValue {
  IdList args;
  ast::Id result = ast::kNone;
  bool record = false;
};
// The payload of a parameter before `fun_def` / `fun_binding`: a pattern,
// or an unsupported construct (labels, `(type t)`).
struct ParamValue {
  ast::Id pat = ast::kNone;
  Span span;
};

inline constexpr size_t kSemanticValueBytes = 32;

// Writes a semantic value's 32 bytes at once: `lo` and `hi` are its first 16.
inline void StoreSemanticValue(void* dst, uint64_t lo, uint64_t hi) {
#if defined(__SSE2__)
  _mm_storeu_si128(static_cast<__m128i*>(dst),
                   _mm_set_epi64x(static_cast<long long>(hi), static_cast<long long>(lo)));
  _mm_storeu_si128(static_cast<__m128i*>(dst) + 1, _mm_setzero_si128());
#else
  uint64_t words[4] = {lo, hi, 0, 0};
  std::memcpy(dst, words, sizeof words);
#endif
}

// A member of SemanticValue for a small type, as wide as the whole union
// and assigned whole. The parser copies the union (32 bytes) right after an
// action has stored `$$`; had the action stored 4 bytes (an id), the CPU
// could not forward that store to the wider loads of the copy and would
// wait for it to reach the cache, once per reduction.
template <class T>
struct WideSlot {
  static_assert(sizeof(T) <= 16 && std::is_trivially_copyable_v<T>);
  T value;
  unsigned char padding[kSemanticValueBytes - sizeof(T)];

  WideSlot& operator=(const T& v) {
    uint64_t words[2] = {0, 0};
    std::memcpy(words, &v, sizeof(T));
    StoreSemanticValue(this, words[0], words[1]);
    return *this;
  }
  operator const T&() const { return value; }  // NOLINT: implicit on purpose
  const T& get() const { return value; }
};

// The semantic value of a grammar symbol: the grammar's %type tags name
// these members. Every member is trivially copyable; an action gives `$$`
// its value (or its type's default, `$$ = {}`) before reading it.
union SemanticValue {
  SemanticValue() {}
  WideSlot<ast::Id> id;
  WideSlot<int> count;
  WideSlot<bool> flag;
  WideSlot<Span> span;
  WideSlot<IdList> ids;
  WideSlot<Mark> mark;
  MarkedId marked_id;
  MarkedList marked_list;
  LetBindingsValue let_bindings;
  BindingBodyValue binding_body;
  TypeDeclsValue type_decls;
  RecordContentValue record_content;
  RecordPatContentValue record_pat_content;
  TypeKindValue type_kind;
  ValueDescValue value_desc;
  PackageCheck package_check;
  WithConstraintsValue with_constraints;
  ModuleTypeValue module_type;
  ModuleExprValue module_expr;
  ConstructorArgsValue constructor_args;
};

class AstBuilder {
 public:
  AstBuilder(const SourceBuffer& source, ast::Ast& ast) : source_(source), ast_(ast) {}

  ast::Ast& tree() { return ast_; }
  std::string_view Text(Span span) const { return source_.Slice(span); }

  // Lists under construction (see IdList). The cells of a list copied into
  // the tree are reused.
  void Push(IdList& list, ast::Id id) {
    uint32_t cell = NewCell(id, IdList::kNoCell);
    if (list.empty())
      list.head = cell;
    else
      cells_[list.tail].next = cell;
    list.tail = cell;
  }
  void Prepend(IdList& list, ast::Id id) {
    uint32_t cell = NewCell(id, list.head);
    if (list.empty()) list.tail = cell;
    list.head = cell;
  }
  IdList Single(ast::Id id) {
    IdList list;
    Push(list, id);
    return list;
  }
  IdList Appended(IdList list, ast::Id id) {
    Push(list, id);
    return list;
  }
  IdList Prepended(ast::Id id, IdList list) {
    Prepend(list, id);
    return list;
  }
  // `front` then `back`.
  IdList Concat(IdList front, IdList back);
  void ReserveListCells(size_t n) { cells_.reserve(n); }

  // Copies into the tree's ids.
  ast::ListRef List(IdList items);
  ast::ListRef List(std::initializer_list<ast::Id> items);
  ast::ListRef ReversedList(IdList items);

  // Names.
  ast::Id Name(std::string_view part, Span span) {
    ast::ListRef parts{static_cast<uint32_t>(ast_.names.size()), 1};
    ast_.names.push_back(part);
    ast_.longidents.push_back(ast::LongIdent{parts, span});
    return static_cast<ast::Id>(ast_.longidents.size() - 1);
  }
  ast::Id Qualify(ast::Id prefix, std::string_view last, Span span);
  ast::Id NameOf(Span span) { return Name(Text(span), span); }
  // The name of a constructor written `[]`, `()`, `(::)`, `true`, `false` or
  // `C`: the first three may have blanks or comments inside.
  std::string_view ConstructorText(Span span) const;
  ast::Id QualifyWith(ast::Id prefix, Span last, Span whole) {
    return Qualify(prefix, Text(last), whole);
  }

  // Expressions.
  ast::Id Expr(ast::ExprKind kind, Span span, ast::Id a = ast::kNone, ast::Id b = ast::kNone,
               ast::Id c = ast::kNone, ast::ListRef list = {}, uint8_t flags = 0) {
    ast_.exprs.push_back(ast::Expr{kind, flags, span, a, b, c, list});
    return static_cast<ast::Id>(ast_.exprs.size() - 1);
  }
  ast::Id For(Span span, ast::Id index, ast::Id start, ast::Id stop, ast::Id body, bool downto) {
    ast_.ids.push_back(body);
    ast::ListRef just_body{static_cast<uint32_t>(ast_.ids.size() - 1), 1};
    return Expr(ast::ExprKind::For, span, index, start, stop, just_body, downto ? ast::kDownto : 0);
  }
  ast::Id Ident(ast::Id longident, Span span) {
    return Expr(ast::ExprKind::Ident, span, longident);
  }
  ast::Id IdentNamed(std::string_view name, Span span, uint8_t flags = 0);
  ast::Id Constant(ast::ConstKind kind, Span token) {
    ast_.constants.push_back(ast::Constant{kind, false, token});
    return static_cast<ast::Id>(ast_.constants.size() - 1);
  }
  ast::Id ConstantExpr(ast::ConstKind kind, Span token) {
    return Expr(ast::ExprKind::Constant, token, Constant(kind, token));
  }
  ast::Id Infix(ast::Id lhs, Span op, ast::Id rhs, Span whole);
  ast::Id Prefix(std::string_view op_name, Span op, ast::Id arg, Span whole);
  // `- e` and `-. e` (OCaml's mkuminus), `+ e` and `+. e` (mkuplus).
  ast::Id UnaryMinus(Span op, ast::Id arg, Span whole);
  ast::Id UnaryPlus(Span op, ast::Id arg, Span whole);
  ast::Id Apply(ast::Id fn, IdList args, Span whole);
  ast::Id Cons(ast::Id head, Span op, ast::Id tail, Span whole);
  // [e1; ...; en] with `]` at `close`.
  ast::Id ListExpr(IdList elements, Span close, Span whole);
  ast::Id Tuple(IdList items, Span whole);
  ast::Id Sequence(ast::Id a, ast::Id b, Span whole) {
    return Expr(ast::ExprKind::Sequence, whole, a, b);
  }
  // a.(i), s.[i] and their assignments: applications of Array.get & co.
  ast::Id IndexGet(std::string_view fn, ast::Id target, ast::Id index, Span whole);
  ast::Id IndexSet(std::string_view fn, ast::Id target, ast::Id index, ast::Id value, Span whole);
  ast::Id Fun(ast::Id pat, ast::Id body, Span span, bool ghost);
  // `(type a b)` before `body`: a NewType for each name of `names` (the
  // text of the names between the parentheses), the first outermost, each
  // spanning `span` (as Parser.mk_newtypes places them).
  ast::Id NewTypes(Span names, ast::Id body, Span span, uint8_t flags = 0);
  // A labelled parameter or argument: the pattern or expression, noted with
  // its label until Fun or Apply takes it (the grammar's values carry one id).
  ast::Id LabelledPat(ast::ArgLabelKind kind, Span name, ast::Id pat, ast::Id default_expr) {
    param_labels_[pat] = ast::ArgLabel{kind, name, default_expr};
    return pat;
  }
  // Whether OCaml gives the attribute named at `id` a meaning (warnings,
  // alerts, representation, inlining, arity: Builtin_attributes and the
  // attributes of typing and translation). mlhint ignores every other
  // attribute, as OCaml does, and refuses these.
  bool InterpretedAttribute(Span id) const;
  // An item attribute that a type declaration interprets (`[@@unboxed]`,
  // `[@@boxed]`, `[@@immediate]`, `[@@immediate64]`), named at `id`, the
  // whole at `whole`: noted for the declaration it ends (TypeDecl takes
  // the ones inside its span). On any other item OCaml 4.13 ignores them.
  bool NoteTypeAttribute(Span id, Span whole);
  // An alert a definition may carry (`[@@deprecated "..."]`, `[@@alert kind
  // "..."]`, `[@deprecated]`), named at `id`: noted until the rule of what
  // it follows attaches it to a definition (AttachAlerts) or drops it where
  // OCaml gives it no meaning (DropAlerts). False for an `alert` whose
  // payload OCaml warns about (47): refused with the other interpreted
  // attributes.
  bool NoteAlertAttribute(Span id, Span payload, Span whole, bool post);
  // The noted alerts inside `attributes` (a list of them, `post` or not)
  // become the alerts of the definition whose name is at `name`.
  void AttachAlerts(Span name, Span attributes, bool post);
  // The noted alerts inside `attributes` mean nothing there: dropped.
  void DropAlerts(Span attributes);
  // `pattern [@deprecated]`: a variable takes the alert, any other pattern
  // drops it.
  ast::Id PatternAlerts(ast::Id pat, Span attribute);
  // `[@warn_on_literal_pattern]`, named at `id`: noted for the constructor
  // declaration it follows (ConstructorDecl takes those inside its span);
  // anywhere else OCaml reads nothing from it.
  bool NoteLiteralPatternAttribute(Span id, Span whole);
  // An alert left unattached is where OCaml gives it a meaning mlhint does
  // not check (`exception E [@@deprecated]`, `[@@@deprecated]`): its
  // top-level item is refused, at the attribute; so is a `[@ppwarning]`
  // that no scope holds. (After AttachPostAttributes.)
  void CheckAlertAttributes();
  // An optimisation attribute OCaml's translation reads and typing ignores
  // (`[@inline]`, `[@inline never]`, `[@specialise]`, `[@inlined]`, also
  // `ocaml.`), named at `id`, its payload at
  // `payload`: its kind (Mark::kOptimisation...), 0 for any other attribute
  // or a payload OCaml warns about. Noted by the span of the whole.
  uint8_t NoteOptimisationAttribute(Span id, Span payload, Span whole);
  // The mark of one attribute (`[@...]`) the grammar has read.
  Mark AttributeMark(Span whole) const;
  // `e [@inlined]`, `(fun x -> e) [@inline]`: the expression, with the
  // attribute noted for CheckOptimisationAttributes.
  ast::Id WithOptimisationAttribute(ast::Id expr, Span whole);
  // After the parse: an `[@inlined]` that is not on the function of an
  // application, or an `[@inline]`/`[@specialise]` that is
  // not on a function (where OCaml's translation warns, 53), refuses the
  // top-level item that holds it.
  void CheckOptimisationAttributes();
  // Refuses the top-level item that holds this attribute ("attributes").
  void RefuseItemAt(Span attribute);
  // A binding's expression is a function (under type constraints).
  bool BindsFunction(ast::Id binding) const;
  // The attribute named at `id`, blanks and an `ocaml.` prefix left out.
  std::string AttributeName(Span id) const;
  // A `warning` or `warnerror` attribute (also `ocaml.`-prefixed), named
  // at `id`, the whole at `whole`: noted in the tree (WarningAttribute) and
  // true; false for any other attribute.
  bool NoteWarningAttribute(Span id, Span whole, ast::WarningAttribute::Kind kind);
  // `expr [@...]`: when the attribute at `attribute` was noted as a warning
  // attribute, it applies to `expr`.
  ast::Id WithAttribute(ast::Id expr, Span attribute);
  // The warning attributes inside `attributes` apply to this node
  // (Builtin_attributes.warning_scope around its typing).
  enum class WarningTarget : uint8_t { Type, Pat, Constructor, Label, TypeDecl, Item };
  ast::Id WarningsOn(Span attributes, WarningTarget target, ast::Id id);
  // A floating attribute at `span`: the item of a warning attribute, else
  // kNone (an ignored attribute).
  ast::Id FloatingAttributeItem(Span span);
  // The variable of `x` or `x : t` (label_let_pattern), the label's name.
  Span PatLabelName(ast::Id pat) const {
    const ast::Pat& p = ast_.pats[pat];
    return p.kind == ast::PatKind::Constraint ? ast_.pats[p.a].name : p.name;
  }
  ast::Id LabelledExpr(ast::ArgLabelKind kind, Span name, ast::Id expr) {
    arg_labels_[expr] = ast::ArgLabel{kind, name, ast::kNone};
    return expr;
  }
  ast::Id Let(const LetBindingsValue& bindings, ast::Id body, Span whole);
  ast::Id Binding(ast::Id pat, ast::Id expr, Span span);
  ast::Id Case(ast::Id pat, ast::Id guard, ast::Id body, Span span);
  ast::Id RecordField(ast::Id label, ast::Id type_constraint, ast::Id expr, Span span);
  ast::Id Record(const RecordContentValue& content, Span whole);
  ast::Id Relocate(ast::Id expr, Span span, bool parens);
  ast::Id ExprConstraint(ast::Id expr, ast::Id type, Span span);

  // Patterns.
  ast::Id Pat(ast::PatKind kind, Span span, ast::Id a = ast::kNone, ast::Id b = ast::kNone,
              ast::ListRef list = {}, Span name = {}, uint8_t flags = 0) {
    ast_.pats.push_back(ast::Pat{kind, flags, span, a, b, list, name});
    return static_cast<ast::Id>(ast_.pats.size() - 1);
  }
  ast::Id PatVar(Span name, Span span) {
    return Pat(ast::PatKind::Var, span, ast::kNone, ast::kNone, {}, name);
  }
  ast::Id PatConstant(ast::Id constant, Span span) {
    return Pat(ast::PatKind::Constant, span, constant);
  }
  ast::Id SignedConstant(ast::ConstKind kind, Span token, bool negative, Span whole);
  ast::Id PatCons(ast::Id head, Span op, ast::Id tail, Span whole);
  ast::Id PatList(IdList elements, Span close, Span whole);
  ast::Id PatTuple(IdList items, Span whole);
  ast::Id RelocatePat(ast::Id pat, Span span);
  ast::Id RecordPatField(ast::Id label, ast::Id type, ast::Id pat, Span span);

  // Types.
  ast::Id Type(ast::TypeKind kind, Span span, ast::Id a = ast::kNone, ast::Id b = ast::kNone,
               ast::ListRef list = {}, Span name = {}, uint8_t flags = 0);
  ast::Id TypeConstr(ast::Id longident, IdList args, Span span);

  // Declarations and items.
  ast::Id Item(ast::ItemKind kind, Span span, ast::Id a = ast::kNone, ast::ListRef list = {},
               Span name = {}, uint8_t flags = 0);
  ast::Id TypeParam(Span name, Span span);
  ast::Id TypeDecl(Span name, IdList params, TypeKindValue kind, Span span);
  ast::Id ConstructorDecl(Span name, ConstructorArgsValue args, Span span);
  ast::Id LabelDecl(bool is_mutable, Span name, ast::Id type, Span span);

  // The module path written at `span` (`M`, `M.N`), as a LongIdent, or
  // kNone when the module expression there is not a path (a structure, a
  // functor application): the subset opens only paths.
  ast::Id ModulePathAt(Span span);
  // `open M`, `let open M in e`, `M.(e)`.
  ast::Id OpenItem(Span span, Span module);
  ast::Id LocalOpen(Span span, Span module, ast::Id body);

  // A construct of OCaml outside the subset, reported when checked.
  ast::Id UnsupportedExpr(Span span, std::string what);
  ast::Id UnsupportedPat(Span span, std::string what);
  ast::Id UnsupportedType(Span span, std::string what);
  ast::Id UnsupportedItem(Span span, std::string what);
  ast::Id UnsupportedIndex(Span span, std::string what);
  // The node, or an Unsupported node at the mark when there is one.
  ast::Id MarkedExpr(const Mark& mark, ast::Id expr) {
    return mark.present ? UnsupportedExpr(mark.span, mark.what.c_str()) : expr;
  }
  ast::Id MarkedPat(const Mark& mark, ast::Id pat) {
    return mark.present ? UnsupportedPat(mark.span, mark.what.c_str()) : pat;
  }
  // `module NAME = BODY`: a structure is a Module item; another body (or
  // a decorated one) is refused, with the name kept so that its uses are
  // not errors again.
  ast::Id ModuleItem(const Mark& mark, Span span, Span name, const ModuleExprValue& body);
  // `module type NAME = sig ... end` (or `= NAME2`), a ModuleType item;
  // another shape is refused.
  ast::Id ModuleTypeItem(const Mark& mark, Span span, Span name, const ModuleTypeValue& body);
  // The unnamed ModuleType item of a module type the checker reads (a
  // signature, a name, one of those with constraints), or kNone.
  ast::Id ModuleTypeBody(const ModuleTypeValue& mty);
  // `(X : S)`: S's ModuleType item named X, or kNone.
  ast::Id FunctorParam(Span name, const ModuleTypeValue& mty);
  // `with type params name = manifest` (`whole`: the constraint), or kNone
  // when the name is not a simple one.
  ast::Id WithTypeDecl(ast::Id longident, IdList params, ast::Id manifest, Span whole);
  // `base with constraints`: its ModuleType item, or kNone.
  ast::Id WithModuleType(const ModuleTypeValue& base, const WithConstraintsValue& with, Span span);
  ast::Id MarkedItem(const Mark& mark, ast::Id item) {
    return mark.present ? UnsupportedItem(mark.span, mark.what.c_str()) : item;
  }

 private:
  struct Cell {
    ast::Id id;
    uint32_t next;
  };
  uint32_t NewCell(ast::Id id, uint32_t next) {
    if (free_cells_ == IdList::kNoCell) return NewCellSlow(id, next);
    uint32_t cell = free_cells_;
    free_cells_ = cells_[cell].next;
    cells_[cell] = Cell{id, next};
    return cell;
  }
  uint32_t NewCellSlow(ast::Id id, uint32_t next);
  ast::Id PushArgLabel(const ast::ArgLabel& label) {
    ast_.arg_labels.push_back(label);
    return static_cast<ast::Id>(ast_.arg_labels.size() - 1);
  }
  std::unordered_map<ast::Id, ast::ArgLabel> param_labels_, arg_labels_;
  struct TypeAttribute {
    Span span;
    uint8_t flag;
  };
  std::vector<TypeAttribute> type_attributes_;  // noted, not yet taken
  struct PendingAlert {
    Span span;  // the whole attribute
    bool post;  // `[@@...]`
    ast::Alert alert;
  };
  std::vector<PendingAlert> alerts_pending_;      // noted, not yet attached or dropped
  std::vector<Span> literal_pattern_attributes_;  // `[@warn_on_literal_pattern]`, not yet taken
  std::unordered_map<uint32_t, uint8_t> optimisation_kinds_;  // by the whole's begin
  struct ExprAttribute {
    ast::Id expr;
    Span span;
    uint8_t kind;
  };
  std::vector<ExprAttribute> expr_optimisations_;
  // The list's cells become free: the list must not be used again.
  void Release(IdList list) {
    if (list.empty()) return;
    cells_[list.tail].next = free_cells_;
    free_cells_ = list.head;
  }
  // The elements of a list, in order, in scratch_ (valid until the next
  // call); the list is released.
  const std::vector<ast::Id>& Elements(IdList list);

  const SourceBuffer& source_;
  ast::Ast& ast_;
  std::vector<Cell> cells_;
  uint32_t free_cells_ = IdList::kNoCell;  // a chain through Cell::next
  std::vector<ast::Id> scratch_;
};

}  // namespace mlhint
