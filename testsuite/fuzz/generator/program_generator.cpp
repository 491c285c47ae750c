#include "testsuite/fuzz/generator/program_generator.h"

#include <functional>
#include <utility>

namespace mlhint::progen {
namespace {

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
std::string TypeText(const Ty& t, const std::vector<UserType>& users, int level = 0) {
  auto wrap = [&](std::string s, int needs) { return level > needs ? "(" + s + ")" : s; };
  switch (t.kind) {
    case Ty::Int:
      return "int";
    case Ty::Float:
      return "float";
    case Ty::Bool:
      return "bool";
    case Ty::String:
      return "string";
    case Ty::Char:
      return "char";
    case Ty::Unit:
      return "unit";
    case Ty::List:
      return TypeText(t.args[0], users, 2) + " list";
    case Ty::Option:
      return TypeText(t.args[0], users, 2) + " option";
    case Ty::Ref:
      return TypeText(t.args[0], users, 2) + " ref";
    case Ty::Array:
      return TypeText(t.args[0], users, 2) + " array";
    case Ty::User:
      return users[static_cast<size_t>(t.user)].name;
    case Ty::Tuple: {
      std::string s;
      for (size_t i = 0; i < t.args.size(); ++i)
        s += (i ? " * " : "") + TypeText(t.args[i], users, 2);
      return wrap(s, 1);
    }
    case Ty::Arrow:
      return wrap(TypeText(t.args[0], users, 1) + " -> " + TypeText(t.args[1], users, 0), 0);
  }
  return "unit";
}

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

  void DeclareTypes(GeneratedProgram& program) {
    int variants = static_cast<int>(c_.Below(3));
    for (int i = 0; i < variants; ++i) {
      UserType t;
      t.name = "t" + Fresh();
      int n = 1 + static_cast<int>(c_.Below(4));
      std::string text = "type " + t.name + " =";
      for (int k = 0; k < n; ++k) {
        Constructor ctor{Capital(k) + t.name.substr(1), {}};
        int arity = k == 0 ? 0 : static_cast<int>(c_.Below(3));
        for (int a = 0; a < arity; ++a) ctor.args.push_back(FieldType());
        text += (k ? " | " : " ") + ctor.name + ArgsText(ctor.args);
        t.constructors.push_back(std::move(ctor));
      }
      program.declarations.push_back(text);
      users_.push_back(std::move(t));
    }
    if (c_.OneIn(2)) {
      UserType t;
      t.name = "r" + Fresh();
      t.record = true;
      int n = 1 + static_cast<int>(c_.Below(3));
      std::string text = "type " + t.name + " = {";
      for (int k = 0; k < n; ++k) {
        Field f{"f" + Fresh(), FieldType(), c_.OneIn(2)};
        text += std::string(k ? "; " : " ") + (f.is_mutable ? "mutable " : "") + f.name + " : " +
                TypeText(f.ty, users_);
        t.fields.push_back(std::move(f));
      }
      program.declarations.push_back(text + " }");
      users_.push_back(std::move(t));
    }
    if (c_.OneIn(2)) {
      Constructor e{"E" + Fresh(), {}};
      if (c_.OneIn(2)) e.args.push_back(BaseType());
      program.declarations.push_back("exception " + e.name + ArgsText(e.args));
      exceptions_.push_back(std::move(e));
    }
  }

  std::string ArgsText(const std::vector<Ty>& args) {
    if (args.empty()) return "";
    std::string s = " of ";
    for (size_t i = 0; i < args.size(); ++i) s += (i ? " * " : "") + TypeText(args[i], users_, 2);
    return s;
  }

  static std::string Capital(int k) { return std::string(1, static_cast<char>('A' + k)); }

  // ---- items

  GeneratedItem Item() {
    GeneratedItem item;
    int depth = 1 + static_cast<int>(c_.Below(static_cast<uint32_t>(limits_.max_depth)));
    switch (c_.Below(4)) {
      case 0: {  // a value, written with its type
        Ty t = AnyType(2);
        item.name = "x" + Fresh();
        item.body = Expr(t, depth);
        item.type = TypeText(t, users_);
        globals_.push_back(Var{item.name, t});
        break;
      }
      case 1: {  // a function of one to three parameters
        item.name = "f" + Fresh();
        size_t mark = env_.size();
        std::vector<Ty> params;
        int n = 1 + static_cast<int>(c_.Below(3));
        for (int i = 0; i < n; ++i) {
          Ty p = AnyType(1);
          std::string v = "p" + Fresh();
          item.params += (i ? " " : "") + v;
          env_.push_back(Var{v, p});
          params.push_back(p);
        }
        Ty result = AnyType(1);
        item.body = Expr(result, depth);
        env_.resize(mark);
        Ty t = result;
        for (size_t i = params.size(); i-- > 0;) t = Ty::Fn(params[i], t);
        item.type = TypeText(t, users_);
        globals_.push_back(Var{item.name, t});
        break;
      }
      case 2: {  // a recursive function counting down
        item.rec = true;
        item.name = "g" + Fresh();
        std::string n = "n" + Fresh();
        item.params = n;
        Ty result = AnyType(1);
        Ty t = Ty::Fn(Ty::Of(Ty::Int), result);
        size_t mark = env_.size();
        env_.push_back(Var{item.name, t});
        env_.push_back(Var{n, Ty::Of(Ty::Int)});
        item.body = "if " + n + " <= 0 then " + Expr(result, depth - 1) + " else " + item.name +
                    " (" + n + " - 1)";
        env_.resize(mark);
        item.type = TypeText(t, users_);
        globals_.push_back(Var{item.name, t});
        break;
      }
      default:  // a statement
        item.name = "()";
        item.body = Expr(Ty::Of(Ty::Unit), depth);
        item.type = "unit";
        break;
    }
    return item;
  }

  // ---- types

  Ty BaseType() {
    static constexpr Ty::Kind kBase[] = {Ty::Int,    Ty::Float, Ty::Bool,
                                         Ty::String, Ty::Char,  Ty::Unit};
    return Ty::Of(kBase[c_.Below(6)]);
  }

  // A constructor argument or a record field: a base type, a list of one,
  // or an earlier user type.
  Ty FieldType() {
    if (!users_.empty() && c_.OneIn(4))
      return UserTy(c_.Below(static_cast<uint32_t>(users_.size())));
    if (c_.OneIn(5)) return Ty::Of(Ty::List, BaseType());
    return BaseType();
  }

  Ty UserTy(uint32_t index) { return Ty{Ty::User, {}, static_cast<int>(index)}; }

  Ty AnyType(int depth) {
    uint32_t pick = c_.Below(depth > 0 ? 14 : 7);
    if (pick < 6) return BaseType();
    if (pick == 6)
      return users_.empty() ? Ty::Of(Ty::Int)
                            : UserTy(c_.Below(static_cast<uint32_t>(users_.size())));
    switch (pick) {
      case 7:
      case 8:
        return Ty::Of(Ty::List, AnyType(depth - 1));
      case 9:
        return Ty::Of(Ty::Option, AnyType(depth - 1));
      case 10:
        return Ty::Of(Ty::Ref, BaseType());
      case 11:
        return Ty::Of(Ty::Array, BaseType());
      case 12:
        return Ty{Ty::Tuple, {AnyType(depth - 1), AnyType(depth - 1)}, -1};
      default:
        return Ty::Fn(AnyType(depth - 1), AnyType(depth - 1));
    }
  }

  // ---- expressions

  std::string Fresh() { return std::to_string(++counter_); }

  std::string Bind(const Ty& t, const std::string& prefix = "v") {
    std::string name = prefix + Fresh();
    env_.push_back(Var{name, t});
    return name;
  }

  // Variables of the environment (innermost first) and top-level values of
  // type `t`.
  std::vector<std::string> VarsOf(const Ty& t) const {
    std::vector<std::string> names;
    for (size_t i = env_.size(); i-- > 0;)
      if (env_[i].ty == t) names.push_back(env_[i].name);
    for (const Var& g : globals_)
      if (g.ty == t) names.push_back(g.name);
    return names;
  }

  std::string Pick(const std::vector<std::string>& options) {
    return options[c_.Below(static_cast<uint32_t>(options.size()))];
  }

  std::string Leaf(const Ty& t) {
    std::vector<std::string> vars = VarsOf(t);
    if (!vars.empty() && c_.OneIn(2)) return Pick(vars);
    switch (t.kind) {
      case Ty::Int: {
        uint32_t n = c_.Below(200);
        return n < 150 ? std::to_string(n) : "(-" + std::to_string(n - 149) + ")";
      }
      case Ty::Float:
        return Pick({"1.5", "0.", "2e3", "(-3.25)", "1_000.5", "0x1p3"});
      case Ty::Bool:
        return c_.OneIn(2) ? "true" : "false";
      case Ty::String:
        return Pick({"\"a\"", "\"\"", "\"hello\"", "{|quoted|}", "\"tab\\t\""});
      case Ty::Char:
        return Pick({"'a'", "'\\n'", "'\\065'", "'z'", "'\\x41'"});
      case Ty::Unit:
        return "()";
      case Ty::List:
        return "[]";
      case Ty::Option:
        return "None";
      case Ty::Array:
        return "[||]";
      case Ty::Ref:
        return "(ref " + Leaf(t.args[0]) + ")";
      case Ty::Tuple: {
        std::string s = "(";
        for (size_t i = 0; i < t.args.size(); ++i) s += (i ? ", " : "") + Leaf(t.args[i]);
        return s + ")";
      }
      case Ty::Arrow:
        return "(fun _ -> " + Leaf(t.args[1]) + ")";
      case Ty::User:
        return UserValue(t, -1);
    }
    return "()";
  }

  // A value of a user type, its parts made at `depth` (leaves below 0).
  std::string UserValue(const Ty& t, int depth) {
    const UserType& u = users_[static_cast<size_t>(t.user)];
    if (u.record) {
      std::string s = "{ ";
      for (size_t i = 0; i < u.fields.size(); ++i)
        s += (i ? "; " : "") + u.fields[i].name + " = " + Sub(u.fields[i].ty, depth);
      return s + " }";
    }
    // Below depth 0 only the first constructor, which has no argument.
    const Constructor& k =
        depth < 0 ? u.constructors[0]
                  : u.constructors[c_.Below(static_cast<uint32_t>(u.constructors.size()))];
    return Construct(k, depth);
  }

  std::string Construct(const Constructor& k, int depth) {
    if (k.args.empty()) return k.name;
    std::string s = "(" + k.name + " (";
    for (size_t i = 0; i < k.args.size(); ++i) s += (i ? ", " : "") + Sub(k.args[i], depth);
    return s + "))";
  }

  std::string Sub(const Ty& t, int depth) { return depth < 0 ? Leaf(t) : Expr(t, depth); }

  std::string Expr(const Ty& t, int depth) {
    if (depth <= 0 || c_.OneIn(6)) return Leaf(t);
    int d = depth - 1;
    // Half of the time a production of the type asked, else one that any
    // type has.
    if (c_.OneIn(2)) {
      std::string s = Specific(t, d);
      if (!s.empty()) return s;
    }
    return General(t, d);
  }

  std::string General(const Ty& t, int d) {
    switch (c_.Below(12)) {
      case 0: {
        Ty u = AnyType(1);
        std::string bound = Expr(u, d);
        size_t mark = env_.size();
        std::string v = Bind(u);
        std::string body = Expr(t, d);
        env_.resize(mark);
        return "(let " + v + " = " + bound + " in " + body + ")";
      }
      case 1:
        return "(if " + Expr(Ty::Of(Ty::Bool), d) + " then " + Expr(t, d) + " else " + Expr(t, d) +
               ")";
      case 2:
      case 3:
        return Match(t, d);
      case 4: {
        Ty u = AnyType(1);
        size_t mark = env_.size();
        std::string v = Bind(u);
        std::string body = Expr(t, d);
        env_.resize(mark);
        return "((fun " + v + " -> " + body + ") " + Expr(u, d) + ")";
      }
      case 5:
        return "(" + Expr(t, d) + " : " + TypeText(t, users_) + ")";
      case 6:
        return "(" + Expr(Ty::Of(Ty::Unit), d) + "; " + Expr(t, d) + ")";
      case 7: {
        std::string handler = "Not_found";
        std::string handled;
        size_t mark = env_.size();
        if (!exceptions_.empty() && c_.OneIn(2)) {
          const Constructor& e = exceptions_[c_.Below(static_cast<uint32_t>(exceptions_.size()))];
          handler = e.name;
          if (!e.args.empty()) handler += " " + Bind(e.args[0]);
        } else if (c_.OneIn(2)) {
          handler = "Failure " + Bind(Ty::Of(Ty::String), "m");
        }
        handled = Expr(t, d);
        env_.resize(mark);
        return "(try " + Expr(t, d) + " with " + handler + " -> " + handled + ")";
      }
      case 8: {
        std::string loop = "loop" + Fresh();
        size_t mark = env_.size();
        std::string n = Bind(Ty::Of(Ty::Int), "n");
        std::string base = Expr(t, d);
        env_.resize(mark);
        return "(let rec " + loop + " " + n + " = if " + n + " <= 0 then " + base + " else " +
               loop + " (" + n + " - 1) in " + loop + " " + Expr(Ty::Of(Ty::Int), d) + ")";
      }
      case 9:
        return Apply(t, d);
      case 10: {
        // raise and failwith have every type.
        if (!exceptions_.empty() && c_.OneIn(2)) {
          const Constructor& e = exceptions_[c_.Below(static_cast<uint32_t>(exceptions_.size()))];
          return "(raise " + Construct(e, d) + ")";
        }
        return c_.OneIn(2) ? "(failwith " + Expr(Ty::Of(Ty::String), d) + ")" : "(raise Not_found)";
      }
      default: {
        Ty u = AnyType(1);
        return c_.OneIn(2) ? "(fst (" + Expr(t, d) + ", " + Expr(u, d) + "))"
                           : "(snd (" + Expr(u, d) + ", " + Expr(t, d) + "))";
      }
    }
  }

  // An application of a variable of the environment whose result, after
  // some arguments, is `t`; else of a function made on the spot.
  std::string Apply(const Ty& t, int d) {
    std::vector<std::pair<std::string, std::vector<Ty>>> candidates;
    auto consider = [&](const Var& v) {
      std::vector<Ty> args;
      const Ty* cur = &v.ty;
      while (cur->kind == Ty::Arrow) {
        args.push_back(cur->args[0]);
        cur = &cur->args[1];
        if (*cur == t) candidates.push_back({v.name, args});
      }
    };
    for (const Var& v : env_) consider(v);
    for (const Var& v : globals_) consider(v);
    if (candidates.empty()) {
      Ty u = AnyType(0);
      size_t mark = env_.size();
      std::string v = Bind(u);
      std::string body = Expr(t, d);
      env_.resize(mark);
      return "((function " + v + " -> " + body + ") " + Expr(u, d) + ")";
    }
    auto& [name, args] = candidates[c_.Below(static_cast<uint32_t>(candidates.size()))];
    std::string s = "(" + name;
    for (const Ty& a : args) s += " " + Sub(a, d - 1);
    return s + ")";
  }

  // `match` on a scrutinee of a type chosen here, each case's body of type
  // `t`.
  std::string Match(const Ty& t, int d) {
    size_t mark = env_.size();
    std::string s;
    switch (c_.Below(6)) {
      case 0: {
        std::string scrutinee = Expr(Ty::Of(Ty::Int), d);
        std::string a = Expr(t, d);
        std::string v = Bind(Ty::Of(Ty::Int));
        std::string guard = c_.OneIn(2) ? " when " + Expr(Ty::Of(Ty::Bool), d) : "";
        std::string b = Expr(t, d);
        env_.resize(mark);
        s = "(match " + scrutinee + " with 0 | 1 -> " + a + " | " + v + guard + " -> " + b +
            (guard.empty() ? "" : " | _ -> " + Expr(t, d)) + ")";
        break;
      }
      case 1: {
        Ty e = AnyType(0);
        std::string scrutinee = Expr(Ty::Of(Ty::List, e), d);
        std::string a = Expr(t, d);
        std::string h = Bind(e);
        std::string tl = Bind(Ty::Of(Ty::List, e));
        std::string b = Expr(t, d);
        env_.resize(mark);
        s = "(match " + scrutinee + " with [] -> " + a + " | " + h + " :: " + tl + " -> " + b + ")";
        break;
      }
      case 2: {
        Ty e = AnyType(0);
        std::string scrutinee = Expr(Ty::Of(Ty::Option, e), d);
        std::string a = Expr(t, d);
        std::string v = Bind(e);
        std::string b = Expr(t, d);
        env_.resize(mark);
        s = "(match " + scrutinee + " with None -> " + a + " | Some " + v + " -> " + b + ")";
        break;
      }
      case 3: {
        std::vector<uint32_t> variants;
        for (uint32_t i = 0; i < users_.size(); ++i)
          if (!users_[i].record) variants.push_back(i);
        if (variants.empty())
          return "(match " + Expr(Ty::Of(Ty::Bool), d) + " with true -> " + Expr(t, d) +
                 " | false -> " + Expr(t, d) + ")";
        Ty u = UserTy(variants[c_.Below(static_cast<uint32_t>(variants.size()))]);
        s = "(match " + Expr(u, d) + " with";
        const UserType& type = users_[static_cast<size_t>(u.user)];
        // Leave out the last case now and then: a warning, not an error.
        size_t cases = type.constructors.size();
        if (cases > 1 && c_.OneIn(4)) --cases;
        for (size_t k = 0; k < cases; ++k) {
          const Constructor& ctor = type.constructors[k];
          std::string pattern = ctor.name;
          if (!ctor.args.empty()) {
            pattern += " (";
            for (size_t a = 0; a < ctor.args.size(); ++a)
              pattern += (a ? ", " : "") + (c_.OneIn(3) ? std::string("_") : Bind(ctor.args[a]));
            pattern += ")";
          }
          s += std::string(k ? " | " : " ") + pattern + " -> " + Expr(t, d);
          env_.resize(mark);
        }
        if (cases < type.constructors.size() && c_.OneIn(2)) s += " | _ -> " + Expr(t, d);
        s += ")";
        break;
      }
      case 4: {
        Ty a = AnyType(0), b = AnyType(0);
        std::string scrutinee = Expr(Ty{Ty::Tuple, {a, b}, -1}, d);
        std::string x = Bind(a);
        std::string y = Bind(b);
        std::string body = Expr(t, d);
        env_.resize(mark);
        s = "(match " + scrutinee + " with (" + x + ", " + y + ") -> " + body + ")";
        break;
      }
      default: {
        std::string scrutinee = Expr(Ty::Of(Ty::Char), d);
        std::string a = Expr(t, d);
        std::string v = Bind(Ty::Of(Ty::Char));
        std::string b = Expr(t, d);
        env_.resize(mark);
        s = "(match " + scrutinee + " with 'a'..'z' -> " + a + " | ('0' | '1') as " + v + " -> " +
            b + " | _ -> " + Expr(t, d) + ")";
        break;
      }
    }
    return s;
  }

  // A function `fun v -> body` of type `from -> to`.
  std::string Lambda(const Ty& from, const Ty& to, int d) {
    size_t mark = env_.size();
    std::string v = Bind(from);
    std::string body = Expr(to, d);
    env_.resize(mark);
    return "(fun " + v + " -> " + body + ")";
  }

  std::string Specific(const Ty& t, int d) {
    const Ty kInt = Ty::Of(Ty::Int), kFloat = Ty::Of(Ty::Float), kBool = Ty::Of(Ty::Bool),
             kString = Ty::Of(Ty::String), kChar = Ty::Of(Ty::Char), kUnit = Ty::Of(Ty::Unit);
    auto bin = [&](const Ty& operand, const char* op) {
      return "(" + Expr(operand, d) + " " + op + " " + Expr(operand, d) + ")";
    };
    auto call = [&](const char* f, std::initializer_list<Ty> args) {
      std::string s = std::string("(") + f;
      for (const Ty& a : args) s += " " + Expr(a, d);
      return s + ")";
    };
    switch (t.kind) {
      case Ty::Int:
        switch (c_.Below(14)) {
          case 0:
            return bin(kInt, "+");
          case 1:
            return bin(kInt, "-");
          case 2:
            return bin(kInt, "*");
          case 3:
            return bin(kInt, "/");
          case 4:
            return bin(kInt, "mod");
          case 5:
            return "(- " + Expr(kInt, d) + ")";
          case 6:
            return call("List.length", {Ty::Of(Ty::List, AnyType(0))});
          case 7:
            return call("String.length", {kString});
          case 8:
            return call("int_of_float", {kFloat});
          case 9:
            return call("Char.code", {kChar});
          case 10:
            return "(!" + Expr(Ty::Of(Ty::Ref, kInt), d) + ")";
          case 11:
            return call("max", {kInt, kInt});
          case 12:
            return FieldOf(t, d);
          default: {
            Ty e = AnyType(0);
            size_t mark = env_.size();
            std::string acc = Bind(kInt, "acc");
            std::string v = Bind(e);
            std::string body = Expr(kInt, d);
            env_.resize(mark);
            return "(List.fold_left (fun " + acc + " " + v + " -> " + body + ") " + Expr(kInt, d) +
                   " " + Expr(Ty::Of(Ty::List, e), d) + ")";
          }
        }
      case Ty::Float:
        switch (c_.Below(8)) {
          case 0:
            return bin(kFloat, "+.");
          case 1:
            return bin(kFloat, "-.");
          case 2:
            return bin(kFloat, "*.");
          case 3:
            return bin(kFloat, "/.");
          case 4:
            return call("float_of_int", {kInt});
          case 5:
            return call("sqrt", {kFloat});
          case 6:
            return "(!" + Expr(Ty::Of(Ty::Ref, kFloat), d) + ")";
          default:
            return "(-. " + Expr(kFloat, d) + ")";
        }
      case Ty::Bool:
        switch (c_.Below(9)) {
          case 0:
            return bin(kBool, "&&");
          case 1:
            return bin(kBool, "||");
          case 2:
            return "(not " + Expr(kBool, d) + ")";
          case 3:
            return bin(BaseType(), "<");
          case 4:
            return bin(AnyType(1), "=");
          case 5:
            return bin(BaseType(), "<>");
          case 6: {
            Ty e = AnyType(0);
            return "(List.mem " + Expr(e, d) + " " + Expr(Ty::Of(Ty::List, e), d) + ")";
          }
          case 7: {
            Ty e = AnyType(0);
            return "(List.exists " + Lambda(e, kBool, d) + " " + Expr(Ty::Of(Ty::List, e), d) + ")";
          }
          default:
            return bin(kFloat, ">=");
        }
      case Ty::String:
        switch (c_.Below(7)) {
          case 0:
          case 1:
            return bin(kString, "^");
          case 2:
            return call("string_of_int", {kInt});
          case 3:
            return call("string_of_float", {kFloat});
          case 4:
            return call("String.make", {kInt, kChar});
          case 5:
            return call("String.concat", {kString, Ty::Of(Ty::List, kString)});
          default:
            return call("String.sub", {kString, kInt, kInt});
        }
      case Ty::Char:
        switch (c_.Below(3)) {
          case 0:
            return "(" + Expr(kString, d) + ".[" + Expr(kInt, d) + "])";
          case 1:
            return call("Char.chr", {kInt});
          default:
            return call("String.get", {kString, kInt});
        }
      case Ty::Unit:
        return UnitExpr(d);
      case Ty::List:
        switch (c_.Below(7)) {
          case 0: {
            int n = 1 + static_cast<int>(c_.Below(3));
            std::string s = "[";
            for (int i = 0; i < n; ++i) s += (i ? "; " : "") + Expr(t.args[0], d);
            return s + "]";
          }
          case 1:
            return "(" + Expr(t.args[0], d) + " :: " + Expr(t, d) + ")";
          case 2:
            return bin(t, "@");
          case 3:
            return "(List.rev " + Expr(t, d) + ")";
          case 4: {
            Ty e = AnyType(0);
            return "(List.map " + Lambda(e, t.args[0], d) + " " + Expr(Ty::Of(Ty::List, e), d) +
                   ")";
          }
          case 5:
            return "(List.filter " + Lambda(t.args[0], kBool, d) + " " + Expr(t, d) + ")";
          default:
            return "(Array.to_list " + Expr(Ty::Of(Ty::Array, t.args[0]), d) + ")";
        }
      case Ty::Option:
        if (c_.OneIn(3))
          return "(List.find_opt " + Lambda(t.args[0], kBool, d) + " " +
                 Expr(Ty::Of(Ty::List, t.args[0]), d) + ")";
        return "(Some " + Expr(t.args[0], d) + ")";
      case Ty::Ref:
        return "(ref " + Expr(t.args[0], d) + ")";
      case Ty::Array:
        switch (c_.Below(3)) {
          case 0:
            return "[| " + Expr(t.args[0], d) + "; " + Expr(t.args[0], d) + " |]";
          case 1:
            return call("Array.make", {kInt, t.args[0]});
          default:
            return "(Array.of_list " + Expr(Ty::Of(Ty::List, t.args[0]), d) + ")";
        }
      case Ty::Tuple: {
        std::string s = "(";
        for (size_t i = 0; i < t.args.size(); ++i) s += (i ? ", " : "") + Expr(t.args[i], d);
        return s + ")";
      }
      case Ty::Arrow:
        if (c_.OneIn(3)) {
          // `function`, the other way to write a one-case function.
          size_t mark = env_.size();
          std::string v = Bind(t.args[0]);
          std::string body = Expr(t.args[1], d);
          env_.resize(mark);
          return "(function " + v + " -> " + body + ")";
        }
        return Lambda(t.args[0], t.args[1], d);
      case Ty::User: {
        const UserType& u = users_[static_cast<size_t>(t.user)];
        if (u.record && c_.OneIn(3)) {
          const Field& f = u.fields[c_.Below(static_cast<uint32_t>(u.fields.size()))];
          return "{ " + Expr(t, d) + " with " + f.name + " = " + Expr(f.ty, d) + " }";
        }
        return UserValue(t, d);
      }
    }
    return "";
  }

  // `r.f` for a record type with a field of type `t`; empty if none.
  std::string FieldOf(const Ty& t, int d) {
    for (uint32_t i = 0; i < users_.size(); ++i) {
      if (!users_[i].record) continue;
      for (const Field& f : users_[i].fields)
        if (f.ty == t) return "(" + Expr(UserTy(i), d) + ")." + f.name;
    }
    return "";
  }

  std::string UnitExpr(int d) {
    const Ty kInt = Ty::Of(Ty::Int), kBool = Ty::Of(Ty::Bool), kUnit = Ty::Of(Ty::Unit);
    switch (c_.Below(12)) {
      case 0:
        return "(print_string " + Expr(Ty::Of(Ty::String), d) + ")";
      case 1:
        return "(print_int " + Expr(kInt, d) + ")";
      case 2: {
        Ty e = BaseType();
        return "(" + Expr(Ty::Of(Ty::Ref, e), d) + " := " + Expr(e, d) + ")";
      }
      case 3:
        return "(incr " + Expr(Ty::Of(Ty::Ref, kInt), d) + ")";
      case 4:
        return "(ignore " + Expr(AnyType(1), d) + ")";
      case 5:
        return "(if " + Expr(kBool, d) + " then " + Expr(kUnit, d) + ")";
      case 6:
        return "(while " + Expr(kBool, d) + " do " + Expr(kUnit, d) + " done)";
      case 7: {
        std::string from = Expr(kInt, d), to = Expr(kInt, d);
        size_t mark = env_.size();
        std::string i = Bind(kInt, "i");
        std::string body = Expr(kUnit, d);
        env_.resize(mark);
        return "(for " + i + " = " + from + (c_.OneIn(2) ? " to " : " downto ") + to + " do " +
               body + " done)";
      }
      case 8: {
        Ty e = AnyType(0);
        return "(List.iter " + Lambda(e, kUnit, d) + " " + Expr(Ty::Of(Ty::List, e), d) + ")";
      }
      case 9: {
        Ty e = BaseType();
        return "(" + Expr(Ty::Of(Ty::Array, e), d) + ".(" + Expr(kInt, d) + ") <- " + Expr(e, d) +
               ")";
      }
      case 10: {
        for (uint32_t i = 0; i < users_.size(); ++i)
          for (const Field& f : users_[i].fields)
            if (f.is_mutable)
              return "((" + Expr(UserTy(i), d) + ")." + f.name + " <- " + Expr(f.ty, d) + ")";
        return "(assert " + Expr(kBool, d) + ")";
      }
      default:
        return "(assert " + Expr(kBool, d) + ")";
    }
  }

  Choices& c_;
  GeneratorLimits limits_;
  std::vector<UserType> users_;
  std::vector<Constructor> exceptions_;
  std::vector<Var> env_;      // local variables, innermost last
  std::vector<Var> globals_;  // earlier top-level items
  int counter_ = 0;
};

std::string ItemText(const GeneratedItem& item, const std::string* type) {
  std::string head = std::string(item.rec ? "let rec " : "let ") + item.name;
  // A recursive function is constrained on its definition, not on its name:
  // mlhint rejects `let rec f : t = ...` ("Only variables are allowed as
  // left-hand side of `let rec'"), which OCaml accepts (its check looks at
  // the typed pattern, where the constraint is an extra of the variable).
  // Reported; write `let rec f : t = ...` here once it is fixed.
  if (type && item.rec)
    return head + " =\n  ((fun " + item.params + " ->\n  " + item.body + ") : " + *type + ")\n";
  if (type)
    return head + " : " + *type + " =" +
           (item.params.empty() ? "" : " fun " + item.params + " ->") + "\n  " + item.body + "\n";
  if (!item.params.empty()) return head + " " + item.params + " =\n  " + item.body + "\n";
  if (item.name == "()") return head + " =\n  " + item.body + "\n";
  return head + " : " + item.type + " =\n  " + item.body + "\n";
}

}  // namespace

std::string GeneratedProgram::Text() const {
  return TextWithTypes({});
}

std::string GeneratedProgram::TextWithTypes(const std::map<std::string, std::string>& types) const {
  std::string text;
  for (const std::string& d : declarations) text += d + "\n";
  for (const GeneratedItem& item : items) {
    auto it = types.find(item.name);
    text += ItemText(item, it == types.end() ? nullptr : &it->second);
  }
  return text;
}

GeneratedProgram GenerateProgram(Choices& choices, const GeneratorLimits& limits) {
  return Generator(choices, limits).Program();
}

}  // namespace mlhint::progen
