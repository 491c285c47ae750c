// Printing types as OCaml 4.13 prints them: variables named 'a, 'b, ... in
// order of appearance ('_weak1 for weak ones in signatures), paths as
// written in the environment (Int64.t, Stdlib.ref when shadowed), and
// Oprint's boxes so that long types wrap where OCaml's wrap.
//
// A type is first turned into an OutType tree (this names the variables);
// the tree is then laid out by the Format engine. Diagnostics keep trees,
// not types: the message of an error does not change if typing goes on.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "support/format.h"
#include "typing/ctype.h"
#include "typing/env.h"
#include "typing/types.h"

namespace mlhint::typing {

struct OutType {
  // Record: an inline record's fields (`{ x : int; }`), as a constructor's
  // argument (Otyp_record).
  // Attribute: `(t [@name])`, an external's argument or result (Primitive.print).
  enum class Kind : uint8_t {
    Var,
    Arrow,
    Tuple,
    Constr,
    Alias,
    Stuff,
    Record,
    Attribute,
    Variant,
    Package
  } kind = Kind::Stuff;
  // Var: the name; Constr: the path; Arrow: the label ("" if none); Alias:
  // the variable naming the type (`t as 'a`); Stuff: text; Attribute: the
  // attribute's name (args: {type}).
  std::string name;
  bool non_gen = false;
  std::vector<OutType>
      args;  // Arrow: {arg, result}; Tuple: items; Constr: parameters; Alias: {type}
  // Constr: the declaration, when it is printed by its bare name (an
  // identifier, in OCaml's terms), for the naming of TypePrinter's
  // BeginNaming; kNone otherwise. Not compared: trees compare as printed.
  uint32_t decl = UINT32_MAX;
  std::vector<std::string> fields;  // Record: "x" or "mutable x", args their types

  // Variant (Otyp_variant): fields: the tags, args: per tag a Tuple of its
  // types (with non_gen marking `of & t`, a constant tag with an
  // argument); tags: the present tags when not all are (`[< ... > `A ]`).
  bool closed = false;
  bool tags_given = false;
  std::vector<std::string> tags;

  bool operator==(const OutType& o) const {
    return kind == o.kind && name == o.name && non_gen == o.non_gen && args == o.args &&
           fields == o.fields && closed == o.closed && tags_given == o.tags_given && tags == o.tags;
  }
};

// Oprint's printers.
void PrintOutType(fmt::Formatter& ppf, const OutType& t);
void PrintSimpleOutType(fmt::Formatter& ppf, const OutType& t);
// "( + )" for operators, "x" otherwise (Oprint.value_ident).
std::string ValueIdent(const std::string& name);

// A signature item, as Outcometree's out_sig_item for the subset.
struct OutConstructor {
  std::string name;
  std::vector<OutType> args;
};
struct OutLabel {
  std::string name;
  bool is_mutable;
  OutType type;
};
struct OutSigItem;
// A functor's parameter, `(X : S)`.
struct OutFunctorParam {
  std::string name;
  std::string mty_name;  // its module type's name, or its items:
  std::vector<OutSigItem> items;
};
struct OutSigItem {
  enum class Kind : uint8_t { Value, Type, Exception, Module, ModuleType } kind;
  std::string name;
  OutType type;                     // Value
  std::vector<std::string> params;  // Type: each with the variance shown ("+!'a")
  std::string type_kw;              // Type: "type" or "and"
  bool has_manifest = false;        // Type
  OutType manifest;
  DeclKind decl_kind = DeclKind::Abstract;
  std::vector<OutConstructor> constructors;  // Type (variant), Exception (one)
  std::vector<OutLabel> labels;
  std::vector<OutSigItem> items;  // Module, ModuleType: its signature
  // Value: an external's (a copy: a message printed after its item was
  // undone outlives the environment's).
  std::optional<ExternalPrims> external;
  std::string mty_name;  // Module, ModuleType: the name of its module type, if named
  std::string alias;     // Module: the module it is an alias of, if one
  std::vector<OutFunctorParam> functor_params;  // Module: a functor's
  Immediacy immediate = Immediacy::Unknown;     // Type: [@@immediate], as written
  bool unboxed = false;                         // Type: [@@unboxed]
};
void PrintSignature(fmt::Formatter& ppf, const std::vector<OutSigItem>& items);
// Oprint's out_module_type of a signature: "@[<hv 2>sig@ %a@;<1 -2>end@]".
void PrintOutSignatureType(fmt::Formatter& ppf, const std::vector<OutSigItem>& items);
// Oprint's out_sig_item.
void PrintOutSigItem(fmt::Formatter& ppf, const OutSigItem& item);
// Oprint's print_out_constr (`X of int * t`) and print_out_label
// (`mutable x : int;`).
void PrintOutConstructor(fmt::Formatter& ppf, const OutConstructor& c);
void PrintOutLabel(fmt::Formatter& ppf, const OutLabel& l);

class TypePrinter {
 public:
  TypePrinter(Ctype& ctype) : ctype_(ctype), ts_(ctype.store()), env_(ctype.env()) {}

  // Forgets the names given to variables (each message names afresh).
  void ResetNames();
  // tree_of_typexp: `scheme` prints non-generalised variables as weak.
  OutType Tree(TypeId t, bool scheme = false);
  // type_expr: a fresh naming, then the tree.
  OutType TreeFresh(TypeId t) {
    ResetNames();
    return Tree(t, false);
  }
  OutType SchemeTree(TypeId t) {
    ResetNames();
    return Tree(t, true);
  }
  // mark_loops before a message prints several types: the user's variable
  // names in `t` are reserved (an unnamed variable printed earlier in the
  // message does not take them) and its loops are marked, until the next
  // ResetNames.
  void Prepare(TypeId t) {
    if (t == kNoType) return;
    AddNamedVars(t);
    MarkLoopsOnce(t);
  }
  // Printtyp.trees_of_type_expansion's reset_loop_marks and add_delayed,
  // for a message with rows: each type of the message is marked on its
  // own, and a row named in an earlier type is printed again in full at
  // the top of the next.
  void ResetLoopMarks() {
    aliased_.clear();
    visited_rows_.clear();
    marked_.clear();
    delayed_.clear();
  }
  void Delay(TypeId t) { delayed_.insert(Proxy(ts_.Repr(t))); }
  // Is this representative already named (so printed as a variable)?
  bool Named(TypeId t) const;

  std::string PathOf(DeclId decl) const;

  // Printtyp's Naming_context for types, within one message: when two
  // types of the same name are printed, or a type whose name now means
  // another one, each is printed as name/N (N in the order they are met,
  // the type the name means now first), and the message explains them
  // (Conflicts.print_explanations). BeginNaming starts noting the types
  // that trees name; ApplyNaming renames a tree built since; EndNaming
  // stops and gives the explanations, sorted by name: each is the location
  // of the definition (TypeDecl::loc_text, `File "_none_", line 1` for a
  // predefined type) and "type t/1".
  struct Conflict {
    std::string location;
    std::string what;
  };
  void BeginNaming();
  void ApplyNaming(OutType& t) const;
  std::vector<Conflict> EndNaming();

  // Printing a signature (Printtyp.printed_signature): names resolve in the
  // initial environment plus the items printed so far, not in the final
  // environment. A type the program defines hides the prelude's type of the
  // same name from the next item on: `Stdlib.result` is then printed in
  // full, and a predefined type (`option`) as `option/2`, a name collision
  // that warning 63 explains.
  struct NameCollision {
    std::string name;
    DeclId user_decl;
  };
  void BeginSignature();
  // The types of the item being printed (they do not hide anything yet).
  void SetSignatureGroup(const std::vector<std::string>& names) {
    sig_group_ = std::unordered_set<std::string>(names.begin(), names.end());
  }
  void AddSignatureType(const std::string& name, DeclId decl) { sig_types_[name] = decl; }
  std::vector<NameCollision> EndSignature();

  // The names given to weak variables so far (they are numbered once per
  // file); saved and restored around a speculative typing.
  struct WeakNames {
    std::unordered_map<TypeId, std::string> names;
    int counter = 1;
  };
  WeakNames SaveWeakNames() const { return WeakNames{weak_names_, weak_counter_}; }
  void RestoreWeakNames(WeakNames saved) {
    weak_names_ = std::move(saved.names);
    weak_counter_ = saved.counter;
    weak_taken_.clear();
    for (const auto& [t, name] : weak_names_) weak_taken_.insert(name);
  }

  // Signature items.
  OutSigItem ValueItem(const std::string& name, TypeId scheme);
  OutSigItem TypeItem(DeclId decl, bool first);
  OutSigItem ExceptionItem(ConstrId constructor);
  OutConstructor ConstructorTree(ConstrId constructor);
  // The module whose items are typed or printed: the paths of its types
  // (and its enclosing modules') are printed from there (`t`, not `M.t`).
  void SetModulePath(std::vector<std::string> path) { module_path_ = std::move(path); }
  const std::vector<std::string>& ModulePath() const { return module_path_; }

 private:
  std::vector<std::string> module_path_;
  std::string NameOf(TypeId t, bool weak);
  std::string NewName();
  std::string NewWeakName(TypeId t);
  bool NameUsed(const std::string& name) const;
  void AddNamedVars(TypeId t);
  // mark_loops: the nodes of a cyclic type that are met again on a path
  // from the root to themselves get a name (`as 'a`).
  void MarkLoops(TypeId t);
  // MarkLoops, unless `t` was marked since the names were reset (marking a
  // row twice would name it).
  void MarkLoopsOnce(TypeId t) {
    if ((ts_.may_have_cycles() || ts_.may_have_rows()) && marked_.insert(ts_.Repr(t)).second)
      MarkLoops(t);
  }
  void MarkLoopsRec(TypeId t, std::vector<TypeId>& path, size_t& visits);
  bool Aliased(TypeId t) const;
  // Printtyp.proxy: a row that is not static is named by its variable.
  TypeId Proxy(TypeId t);
  TypeId ProxyOfRow(TypeId t, const Ctype::Row& row) {
    return ctype_.StaticRow(row) ? t : row.more;
  }
  OutType TreeOfNode(TypeId t, bool scheme);
  OutType VariantTree(TypeId t, bool scheme);

  // The user's type of this name visible in the signature printed so far.
  std::optional<DeclId> SignatureType(const std::string& name) const;

  void NoteName(DeclId decl);

  Ctype& ctype_;
  TypeStore& ts_;
  Env& env_;
  // BeginNaming's: the declarations of each bare name met, in order.
  bool naming_ = false;
  std::unordered_map<std::string, std::vector<DeclId>> naming_ids_;
  bool in_signature_ = false;
  std::unordered_map<std::string, DeclId> sig_types_;  // the last of each name
  std::unordered_set<std::string> sig_group_;
  mutable std::vector<NameCollision> collisions_;
  // Hash tables, not lists: a type can have a hundred thousand variables.
  std::unordered_map<TypeId, std::string> names_;
  std::unordered_set<std::string> taken_;  // the names in names_
  std::unordered_set<std::string> named_vars_;
  std::unordered_set<TypeId> aliased_;       // empty unless the store has a cycle or a row
  std::unordered_set<TypeId> visited_rows_;  // MarkLoops' visited_objects
  std::unordered_set<TypeId> marked_;        // the roots MarkLoops walked
  std::unordered_set<TypeId> delayed_;       // Delay's
  int name_counter_ = 0;
  // Weak variables keep their names for the whole file.
  std::unordered_map<TypeId, std::string> weak_names_;
  std::unordered_set<std::string> weak_taken_;  // the names in weak_names_
  int weak_counter_ = 1;
  // The nodes printed of one type, their depth, and the nodes printed of a
  // whole signature (-i): past them, `...`. 10,000 nodes is some 50 KB of
  // text, more than anyone reads (ocamlc 4.13.1 does not finish printing a
  // doubling graph of 2^9 leaves in 100 s, let alone one of 10,000 nodes);
  // at 200,000 one message was megabytes, rendered in every format.
  static constexpr size_t kTypeNodes = 10000;
  static constexpr size_t kTypeDepth = 2000;
  static constexpr size_t kSignatureNodes = 1000000;
  size_t budget_ = 0;
  size_t depth_ = 0;
  size_t signature_budget_ = 0;
};

}  // namespace mlhint::typing
