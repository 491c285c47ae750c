#include "testsuite/fuzz/generator/program_generator.h"

#include <functional>
#include <utility>

#include "testsuite/fuzz/generator/generator_model.h"

namespace mlhint::progen {
namespace detail {

// OCaml's syntax of a type: arrows weakest, then tuples, then applications.
std::string TypeText(const Ty& t, const std::vector<UserType>& users, int level) {
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

void Generator::DeclareTypes(GeneratedProgram& program) {
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

std::string Generator::ArgsText(const std::vector<Ty>& args) {
  if (args.empty()) return "";
  std::string s = " of ";
  for (size_t i = 0; i < args.size(); ++i) s += (i ? " * " : "") + TypeText(args[i], users_, 2);
  return s;
}

GeneratedItem Generator::Item() {
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

Ty Generator::BaseType() {
  static constexpr Ty::Kind kBase[] = {Ty::Int,    Ty::Float, Ty::Bool,
                                       Ty::String, Ty::Char,  Ty::Unit};
  return Ty::Of(kBase[c_.Below(6)]);
}

Ty Generator::FieldType() {
  if (!users_.empty() && c_.OneIn(4)) return UserTy(c_.Below(static_cast<uint32_t>(users_.size())));
  if (c_.OneIn(5)) return Ty::Of(Ty::List, BaseType());
  return BaseType();
}

Ty Generator::AnyType(int depth) {
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

std::string Generator::Bind(const Ty& t, const std::string& prefix) {
  std::string name = prefix + Fresh();
  env_.push_back(Var{name, t});
  return name;
}

std::vector<std::string> Generator::VarsOf(const Ty& t) const {
  std::vector<std::string> names;
  for (size_t i = env_.size(); i-- > 0;)
    if (env_[i].ty == t) names.push_back(env_[i].name);
  for (const Var& g : globals_)
    if (g.ty == t) names.push_back(g.name);
  return names;
}

std::string Generator::Pick(const std::vector<std::string>& options) {
  return options[c_.Below(static_cast<uint32_t>(options.size()))];
}

std::string Generator::Leaf(const Ty& t) {
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

std::string Generator::UserValue(const Ty& t, int depth) {
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

std::string Generator::Construct(const Constructor& k, int depth) {
  if (k.args.empty()) return k.name;
  std::string s = "(" + k.name + " (";
  for (size_t i = 0; i < k.args.size(); ++i) s += (i ? ", " : "") + Sub(k.args[i], depth);
  return s + "))";
}

std::string Generator::Expr(const Ty& t, int depth) {
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

}  // namespace detail

namespace {

std::string ItemText(const GeneratedItem& item, const std::string* type) {
  std::string head = std::string(item.rec ? "let rec " : "let ") + item.name;
  // A recursive function too is constrained on its name (`let rec f : t =
  // fun n -> ...`), which OCaml accepts: its check of `let rec` looks at
  // the typed pattern, where the constraint is an extra of the variable.
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
  return detail::Generator(choices, limits).Program();
}

}  // namespace mlhint::progen
