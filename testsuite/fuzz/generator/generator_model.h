// The program generator's model (program_generator.h): the types it makes
// expressions of, the user types and variables in scope, and the Generator
// that writes a program by its choices. Its declarations and items are
// written in program_generator.cpp, its expressions in
// program_generator_exprs.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "testsuite/fuzz/generator/program_generator.h"

namespace mlhint::progen::detail {

// The types the generator makes expressions for.
struct Ty {
  enum Kind : uint8_t {
    Int,
    Float,
    Bool,
    String,
    Char,
    Unit,
    List,
    Option,
    Ref,
    Array,
    Tuple,
    Arrow,
    User
  };
  Kind kind = Int;
  std::vector<Ty> args;  // List/Option/Ref/Array: 1; Tuple: 2..3; Arrow: parameter, result
  int user = -1;         // User: index into Generator::users_

  static Ty Of(Kind k) { return Ty{k, {}, -1}; }
  static Ty Of(Kind k, Ty arg) { return Ty{k, {std::move(arg)}, -1}; }
  static Ty Fn(Ty from, Ty to) { return Ty{Arrow, {std::move(from), std::move(to)}, -1}; }
  bool operator==(const Ty& o) const { return kind == o.kind && user == o.user && args == o.args; }
};

struct Constructor {
  std::string name;
  std::vector<Ty> args;  // `C of a * b`: written and matched as a tuple
};

struct Field {
  std::string name;
  Ty ty;
  bool is_mutable = false;
};

// A user-defined type: a variant or a record. Their parameters' types are
// only base types and earlier user types, so every one has a finite value.
struct UserType {
  std::string name;
  bool record = false;
  std::vector<Constructor> constructors;
  std::vector<Field> fields;
};

struct Var {
  std::string name;
  Ty ty;
};

// OCaml's syntax of a type: arrows weakest, then tuples, then applications.
std::string TypeText(const Ty& t, const std::vector<UserType>& users, int level = 0);

class Generator {
 public:
  Generator(Choices& choices, const GeneratorLimits& limits) : c_(choices), limits_(limits) {}
  GeneratedProgram Program() {
    GeneratedProgram program;
    DeclareTypes(program);
    int items = 1 + static_cast<int>(c_.Below(static_cast<uint32_t>(limits_.max_items)));
    for (int i = 0; i < items; ++i) program.items.push_back(Item());
    return program;
  }

 private:
  // ---- declarations

  void DeclareTypes(GeneratedProgram& program);
  std::string ArgsText(const std::vector<Ty>& args);
  static std::string Capital(int k) { return std::string(1, static_cast<char>('A' + k)); }

  // ---- items

  GeneratedItem Item();

  // ---- types

  Ty BaseType();

  // A constructor argument or a record field: a base type, a list of one,
  // or an earlier user type.
  Ty FieldType();
  Ty UserTy(uint32_t index) { return Ty{Ty::User, {}, static_cast<int>(index)}; }
  Ty AnyType(int depth);

  // ---- expressions

  std::string Fresh() { return std::to_string(++counter_); }
  std::string Bind(const Ty& t, const std::string& prefix = "v");

  // Variables of the environment (innermost first) and top-level values of
  // type `t`.
  std::vector<std::string> VarsOf(const Ty& t) const;
  std::string Pick(const std::vector<std::string>& options);
  std::string Leaf(const Ty& t);

  // A value of a user type, its parts made at `depth` (leaves below 0).
  std::string UserValue(const Ty& t, int depth);
  std::string Construct(const Constructor& k, int depth);
  std::string Sub(const Ty& t, int depth) { return depth < 0 ? Leaf(t) : Expr(t, depth); }
  std::string Expr(const Ty& t, int depth);
  std::string General(const Ty& t, int d);

  // An application of a variable of the environment whose result, after
  // some arguments, is `t`; else of a function made on the spot.
  std::string Apply(const Ty& t, int d);

  // `match` on a scrutinee of a type chosen here, each case's body of type
  // `t`.
  std::string Match(const Ty& t, int d);

  // A function `fun v -> body` of type `from -> to`.
  std::string Lambda(const Ty& from, const Ty& to, int d);
  std::string Specific(const Ty& t, int d);

  // `r.f` for a record type with a field of type `t`; empty if none.
  std::string FieldOf(const Ty& t, int d);
  std::string UnitExpr(int d);

  Choices& c_;
  GeneratorLimits limits_;
  std::vector<UserType> users_;
  std::vector<Constructor> exceptions_;
  std::vector<Var> env_;      // local variables, innermost last
  std::vector<Var> globals_;  // earlier top-level items
  int counter_ = 0;
};

}  // namespace mlhint::progen::detail
