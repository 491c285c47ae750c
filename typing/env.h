// The typing environment: declarations (type constructors, data
// constructors, record labels, values, modules) and the scoped names that
// refer to them. Declarations are append-only; names are pushed and popped
// with the scopes of the program (Mark/Restore), so one Env serves the
// whole traversal of a file.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "support/memory.h"
#include "support/span.h"
#include "typing/types.h"

namespace mlhint::typing {

using ConstrId = uint32_t;
using LabelId = uint32_t;
using ValueId = uint32_t;
using ModuleId = uint32_t;
inline constexpr uint32_t kNone = UINT32_MAX;

enum class DeclKind : uint8_t { Abstract, Variant, Record, Open };
// Type_immediacy.t: whether every value of a type is an immediate (not a
// pointer): always, on 64-bit platforms only, or not known to be.
enum class Immediacy : uint8_t { Unknown, Always, Always64 };
// Type_immediacy.coerce: a type of immediacy `have` may stand where `as`
// is asked for (what [@@immediate] asks of its type, what a signature's
// type asks of the structure's).
inline bool ImmediacyCoerces(Immediacy have, Immediacy as) {
  return as == Immediacy::Unknown || have == Immediacy::Always ||
         (as == Immediacy::Always64 && have == Immediacy::Always64);
}

// Variance of a type parameter, as OCaml's Types.Variance bits.
namespace variance {
inline constexpr uint8_t kMayPos = 1, kMayNeg = 2, kMayWeak = 4, kInj = 8, kPos = 16, kNeg = 32,
                         kInv = 64;
inline constexpr uint8_t kNull = 0, kUnknown = 7, kFull = 127;
inline constexpr uint8_t kCovariant = kMayPos | kPos | kInj;
}  // namespace variance

// The alerts a definition of the program carries (`[@@deprecated "..."]`,
// `[@@alert kind "..."]`; Builtin_attributes.alerts_of_attrs): one message
// per kind, sorted by kind, the messages of one kind joined by newlines.
struct AlertSet {
  std::vector<std::pair<std::string, std::string>> kinds;
  Span def;  // the whole definition (an inclusion's "Definition")
};

struct TypeDecl {
  std::string name;
  // The module path the declaration lives in, for printing: {} for a
  // predefined or user type, {"Stdlib"} or {"Stdlib", "Int64"} for the
  // prelude's.
  std::vector<std::string> qualifier;
  std::vector<TypeId> params;  // generic variables
  DeclKind kind = DeclKind::Abstract;
  TypeId manifest = kNoType;  // generic; `type t = u`
  std::vector<ConstrId> constructors;
  std::vector<LabelId> labels;
  std::vector<uint8_t> variance;
  Span loc;
  bool has_loc = false;
  bool rolled_back = false;  // made in a speculation rolled back (Typer::Rollback)
  // Where it is defined, as a message says it (Location.print_loc), made
  // when it is defined: `loc` is in the text of the unit that defined it,
  // which may not be the one being typed when a message names the type.
  std::string loc_text;
  bool predef = false;
  bool predef_covariant = false;  // lazy_t: an abstract type known covariant
  // The variance a signature shows before each parameter ("+!", "!"): an
  // abstract type of a functor's result, whose variance its signature says.
  std::string variance_mark;
  // [@@unboxed] on a type of one constructor with one argument, or of one
  // immutable field: represented as that argument (Variant_unboxed,
  // Record_unboxed). Printed, and part of the definition a signature sees.
  bool unboxed = false;
  // Of that shape without [@@unboxed] or [@@boxed] (type_unboxed.default):
  // an external's type that uses it gets warning 61.
  bool unboxed_default = false;
  // Declared with `and`, after the first of its group (Trec_next): printed so.
  bool rec_next = false;
  // What [@@immediate] or [@@immediate64] says (Type_immediacy.of_attributes),
  // and what the definition gives (type_immediate, Typedecl_immediacy).
  Immediacy immediate_attribute = Immediacy::Unknown;
  Immediacy immediacy = Immediacy::Unknown;
  uint32_t alerts = kNone;  // Env::alert_sets
  // Its scope (OCaml's Path.scope): the level the item that defines it
  // made (Ctype::CreateScope), or a local module's or locally abstract
  // type's, the level its body is typed at. A node of it lowered below
  // that level is expanded, or has escaped its scope (Ctype::UpdateLevel,
  // as OCaml's update_level). 0: none (the prelude's).
  int32_t scope = 0;
  // A type that `open F (X)` binds where the structure hides it: a
  // signature shows its expansion instead (Mtype.nondep_sig).
  bool hidden_by_open = false;
  // A name of a type definition that failed (or was refused) and was
  // reported: its uses are not errors again.
  bool refused = false;
  // The record type of a constructor's inline record, `t.C` (a path that
  // Path.is_constructor_typath accepts): the constructor; kNone otherwise.
  // Its labels are not in the environment; only its type finds them.
  ConstrId inline_of = kNone;
  // A package type, `(module S with type t = ...)` (Packages::PackageDecl):
  // the module type S, and the names its parameters constrain, sorted.
  uint32_t package_of = kNone;
  std::vector<std::string> package_names;
};

struct ConstructorDesc {
  std::string name;
  DeclId owner;
  std::vector<TypeId> args;  // generic, sharing the owner's parameters
  TypeId result;             // generic: the owner applied to its parameters
  uint32_t index = 0;        // position in the declaration
  bool is_exception = false;
  bool warn_on_literal_pattern = false;  // warning 52
  std::vector<std::string> qualifier;    // module of an exception (printing)
  Span loc;
  bool has_loc = false;
  bool rolled_back = false;
  uint32_t alerts = kNone;  // Env::alert_sets
  bool refused = false;     // of a type definition that failed: see TypeDecl::refused
  // `C of { ... }`: the record type of its argument (its one arg is that
  // type applied to the record's parameters); kNone otherwise.
  DeclId inlined = kNone;
};

struct LabelDesc {
  std::string name;
  DeclId owner;
  TypeId arg;  // generic
  TypeId res;  // generic
  bool is_mutable = false;
  uint32_t pos = 0;
  Span loc;
  uint32_t alerts = kNone;  // Env::alert_sets
};

// How a few prelude functions are typed specially, as OCaml's primitives.
enum class Primitive : uint8_t { None, Ignore, Apply, RevApply, Identity, Raise };

struct ValueDesc {
  std::string name;
  TypeId type;  // a scheme: generic where polymorphic
  Span loc;
  bool has_loc = false;
  bool rolled_back = false;
  Primitive prim = Primitive::None;
  bool from_prelude = false;
};

// What an external has after its type, as Oprint prints it (Primitive.print):
// its primitives' names (one, or the bytecode and native ones) and its
// attributes (`noalloc`, `unboxed`, `untagged`).
// How a primitive takes an argument or gives its result (Primitive's
// native_repr, its boxed integer's kind left out: the types tell them apart).
enum class NativeRepr : uint8_t { Same, Unboxed, Untagged };
struct ExternalPrims {
  std::vector<std::string> prims;       // its name, and its native code's if any
  std::vector<std::string> attributes;  // as Primitive.print shows them: unboxed/untagged, noalloc
  int arity = 0;                        // the arrows of its type as written (Ctype.arity)
  // Of each argument, then of the result; empty when all are Same.
  std::vector<NativeRepr> reprs;
  bool operator==(const ExternalPrims&) const = default;
};
// Ctype.arity.
int ExternalArity(TypeStore& ts, TypeId type);
// Reads `"p1" "p2" [@@noalloc] ...` (string literals, then item attributes:
// `noalloc`, `unboxed` and `untagged`, `ocaml.` dropped from their names).
ExternalPrims ReadExternalPrims(std::string_view text);
// The library's externals: `[@@unboxed]` or `[@@untagged]` said of all
// arguments and the result (its `arity` known).
void ReprsOfAttributes(ExternalPrims& e);

// What only the prelude's values have (Env::prelude_values, by ValueId: the
// prelude's values come first). Kept out of ValueDesc, which a large file
// has hundreds of thousands of.
struct PreludeValue {
  // Deprecated values raise "Alert deprecated: <path>" and this message
  // (which may be empty) on each use.
  std::optional<std::string> deprecated;
  std::string path;  // Stdlib.&, Stdlib.String.unsafe_set
  // Where OCaml's library declares it, as its messages say it, for the
  // values of a functor's parameter ("File \"set.mli\", line 55, ...").
  std::string declared;
};

enum class Namespace : uint8_t { Value, Type, Constructor, Label, Module, ModuleType, Count };

// A module of the prelude: its own (unscoped) tables.
// Name tables looked up by string_view without building a string.
struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using NameMap = std::unordered_map<std::string, V, NameHash, std::equal_to<>>;

struct FunctorInfo;  // typer_types.h

struct ModuleDesc {
  std::string name;
  std::vector<std::string> path;  // {"Stdlib", "Int64"}
  bool outside_subset = false;
  // A module of the library the program names nowhere, left empty
  // (Prelude::ForProgram): no path reaches it.
  bool unloaded = false;
  // A module of the program whose definition was refused (and reported):
  // its uses are not errors again.
  bool refused = false;
  // A module alias (`module N = List`, or a library module marked so): the
  // path it names as printed where it is defined (what `include` prints).
  std::string alias_of;
  // A functor of the prelude (Map.Make): the module is its result's
  // signature, whose first submodule is the parameter; this names the
  // parameter's module type as OCaml's messages do ("Map.OrderedType").
  std::string functor_param_type;
  // A module type of the library written out as a signature
  // (Map.OrderedType): this module holds its items, in order.
  bool library_signature = false;
  // A unit of the library of which the prelude declares only what the
  // subset needs (CamlinternalFormatBasics's types): a name it does not
  // hold is outside the subset, not unbound.
  bool partial = false;
  // A functor of the program: its parameters and its body's signature
  // (the tables are the body's, out of reach of paths).
  std::shared_ptr<const FunctorInfo> functor;
  bool used = false;  // named by a path (for a functor's parameter, warning 60)
  // A deprecated module of the library (Pervasives): each lookup of a path
  // through it raises "Alert deprecated: module Stdlib.M" and this message.
  std::optional<std::string> deprecated;
  // A module or module type of the program with alerts (Env::alert_sets):
  // each lookup through it raises them.
  uint32_t alerts = kNone;
  // A module type defined as another's name (`module type T = S`): that
  // one's id, whose package type T's is.
  uint32_t same_as = kNone;
  NameMap<std::vector<uint32_t>> tables[static_cast<int>(Namespace::Count)];
  std::vector<std::string> order[static_cast<int>(Namespace::Count)];  // declaration order
  // Every name's first binding, all namespaces together, in declaration
  // order (what `include` replays).
  std::vector<std::pair<Namespace, std::string>> sequence;

  void Add(Namespace ns, const std::string& item, uint32_t id);
  const std::vector<uint32_t>* Find(Namespace ns, std::string_view item) const;
};

class Env {
 public:
  // --- declarations
  ArenaVector<TypeDecl> types;
  ArenaVector<ConstructorDesc> constructors;
  ArenaVector<LabelDesc> labels;
  ArenaVector<ValueDesc> values;             // large: see support/memory.h
  std::vector<PreludeValue> prelude_values;  // the first values' (the prelude's)
  // The prelude's path of a value ("Stdlib.ref"), or "" for the program's.
  std::string_view ValuePath(uint32_t value) const {
    return value < prelude_values.size() ? std::string_view(prelude_values[value].path)
                                         : std::string_view();
  }
  std::vector<ModuleDesc> modules;
  // Some type has an inline record: until then no identifier can have the
  // type of one, and its check is skipped (InlineRecords::CheckIdent).
  bool has_inline_records = false;
  // The alerts of the program's definitions: the declarations, modules and
  // module types name theirs, the values (too many to carry one more
  // field each) are found in value_alerts.
  std::vector<AlertSet> alert_sets;
  std::unordered_map<uint32_t, uint32_t> value_alerts;
  // The values that are externals (the prelude's, the program's `external`
  // items and the copies of either), by ValueId.
  std::unordered_map<uint32_t, ExternalPrims> externals;

  // --- scoped names
  void Bind(Namespace ns, std::string_view name, uint32_t id);
  // `open M`: binds every item of `m` (one of `modules`), in declaration
  // order, the latest binding of a name on top.
  void Open(const ModuleDesc& m);
  // Asks the cache for the place where Bind will put `name`, for a caller
  // that knows what it will bind before it has the binding (a let binds its
  // names after typing their definitions). A name new to a large table is
  // otherwise a cache miss when it is bound.
  void Prefetch(Namespace ns, std::string_view name) const {
    scopes_[static_cast<int>(ns)].Prefetch(name);
  }
  // Room for this many more names (a large file binds ~1 per 60 bytes).
  void ReserveNames(Namespace ns, size_t n) { scopes_[static_cast<int>(ns)].Reserve(n); }
  // The innermost binding of a name, or kNone.
  uint32_t Find(Namespace ns, std::string_view name) const;
  // Every binding of a name, innermost first (type-directed disambiguation
  // of constructors and labels looks past shadowing).
  std::vector<uint32_t> FindAll(Namespace ns, std::string_view name) const;
  // Every bound name of a namespace (for spelling suggestions).
  std::vector<std::string> Names(Namespace ns) const;
  // The same, each given to f without a copy, in no particular order.
  template <typename F>
  void ForEachName(Namespace ns, F&& f) const {
    const NameTable& table = scopes_[static_cast<int>(ns)];
    for (uint32_t e = 0; e < table.size(); ++e)
      if (table.entry(e).top != kNone) f(table.Key(table.entry(e)));
  }
  // How many names a namespace has ever held: the work of ForEachName.
  size_t NameCount(Namespace ns) const { return scopes_[static_cast<int>(ns)].size(); }

  using Mark = size_t;
  [[nodiscard]] Mark Save() const { return bindings_.size(); }
  void Restore(Mark mark);

  // The bindings made since a mark, set aside (the names they hid are seen
  // again) and later put back as they were: an editor re-checks one item of
  // a file in the environment as it was before that item.
  struct Binding {
    uint32_t name;  // identifies the name within its namespace
    Namespace ns;
    uint32_t id;
    uint32_t below;  // the binding of the same name it hides (an index of bindings_), or kNone
  };
  using Suspended = std::vector<Binding>;  // oldest first
  Suspended Suspend(Mark mark);
  void Resume(const Suspended& bindings);
  // The binding made at a mark (while it is live: mark < Save()).
  const Binding& BindingAt(Mark mark) const { return bindings_[mark]; }
  // The name a binding binds.
  std::string_view NameOf(const Binding& b) const {
    const NameTable& table = scopes_[static_cast<int>(b.ns)];
    return table.Key(table.entry(b.name));
  }

  // The predefined types, found once the prelude is loaded.
  struct Predef {
    DeclId int_ = kNone, char_ = kNone, string_ = kNone, bytes_ = kNone, float_ = kNone,
           bool_ = kNone, unit_ = kNone, exn_ = kNone, array_ = kNone, list_ = kNone,
           option_ = kNone, nativeint_ = kNone, int32_ = kNone, int64_ = kNone, lazy_t_ = kNone,
           extension_constructor_ = kNone;
    // CamlinternalFormatBasics's types, for format strings.
    DeclId format6_ = kNone, fmt_ = kNone, padding_ = kNone, precision_ = kNone;
  } predef;
  ModuleId stdlib = kNone;

 private:
  // The names of one namespace: an open-addressing table of names, each
  // with its innermost live binding. A large file binds hundreds of
  // thousands of names, looked up in no particular order; each lookup
  // reads one slot and one entry (a short name is held in its entry).
  class NameTable {
   public:
    static constexpr uint32_t kNoEntry = UINT32_MAX;
    struct Entry {
      char key[16];  // the name, if it fits; else the offset of it in pool_
      uint32_t length;
      uint32_t top = kNone;     // the innermost live binding (index of bindings_)
      uint32_t top_id = kNone;  // and what it binds the name to
      uint32_t unused = 0;
    };
    uint32_t Find(std::string_view name) const;
    uint32_t FindOrAdd(std::string_view name);
    void Prefetch(std::string_view name) const;
    void Reserve(size_t more);
    Entry& entry(uint32_t e) { return entries_[e]; }
    const Entry& entry(uint32_t e) const { return entries_[e]; }
    size_t size() const { return entries_.size(); }
    std::string_view Key(const Entry& e) const;

   private:
    void Rehash(size_t slots);
    size_t Probe(std::string_view name, uint64_t h) const;
    static uint64_t Hash(std::string_view name);
    // (hash >> 32) << 32 | (entry + 1); 0 is an empty slot.
    ArenaVector<uint64_t> slots_;
    ArenaVector<Entry> entries_;
    std::string pool_;  // the names longer than an entry holds
  };
  NameTable scopes_[static_cast<int>(Namespace::Count)];
  // Every live binding, oldest first: the undo log of Save/Restore and the
  // shadowing chains (Binding::below).
  ArenaVector<Binding> bindings_;
  void Push(Binding b);
  void Pop();
};

}  // namespace mlhint::typing
