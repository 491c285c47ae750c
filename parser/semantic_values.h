// The semantic values of the grammar (parser/grammar.y's %type tags): the
// values its actions pass to one another and to the AstBuilder
// (parser/builder.h), all trivially copyable (see SemanticValue).
#pragma once

#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>
#include <type_traits>

#include "parser/ast.h"
#include "support/span.h"

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
    "functor declarations in signatures",
    "module declarations other than of a signature or a named module type",
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
  static constexpr uint8_t kOptimisationTailcall = 16;   // [@tailcall], [@tailcall true|false]
  static constexpr uint8_t kOptimisationKinds = 7 | 16;
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
  bool external = false;
  Span prims;  // an external's primitive strings and the attributes after them
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
  bool functor = false;   // a functor's type
  // `functor (X : S) ... -> MT` that the checker reads: its ModuleType
  // item (kFunctorType), or kNone.
  ast::Id functor_item = ast::kNone;
};
// A module expression: a structure (its items, reversed, as structure
// elements are accumulated), a module path, or another shape, which the
// item defining a module refuses.
struct ModuleExprValue {
  IdList items;
  // `: MT = ...`: the module type it is constrained to.
  bool constrained = false;
  ModuleTypeValue mty;
  Span span;  // constrained: the module expression's
  // A module expression between parentheses: where the innermost one is
  // (OCaml's parser keeps its location for the parenthesized one).
  Span unparenthesized;
  ast::Id path = ast::kNone;    // Ident: the path; Apply: the functor's, if a path
  ast::Id arg = ast::kNone;     // Apply: the argument's path, if a path
  bool arg_struct = false;      // Apply: the argument is `struct ... end` (its items)
  ast::Id unpack = ast::kNone;  // Unpack, `(val e)`: e (a Constraint for `(val e : S)`)
  // `module F (X : S) ... = struct ... end`: the parameters (ModuleType
  // items named by the parameter, kNone for one the checker cannot read),
  // in order; the body's shape is `shape`.
  IdList params;
  bool functor = false;
  // `module F : MT = functor (X : S) -> ...`: MT is the whole functor's
  // module type, not its body's.
  bool functor_constrained = false;
  enum class Shape : uint8_t {
    Other,
    Struct,
    Ident,
    Apply,
    Functor,
    Constraint,
    Unpack
  } shape = Shape::Other;
  // Constraint `(ME : MT)` of a structure or a path ME: ME's shape and
  // span (its items or path above, `constrained` and `mty` set); Other for
  // another constraint, which is refused.
  Shape under = Shape::Other;
  Span under_span;
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

}  // namespace mlhint
