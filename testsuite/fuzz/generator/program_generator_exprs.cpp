// The expressions of the program generator: of a given type, general
// (a variable, a conditional, a `let`, an application, a `match`) or
// specific to the type (operators, constructors, fields, statements).

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "testsuite/fuzz/generator/generator_model.h"

namespace mlhint::progen::detail {

std::string Generator::General(const Ty& t, int d) {
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
      return "(let rec " + loop + " " + n + " = if " + n + " <= 0 then " + base + " else " + loop +
             " (" + n + " - 1) in " + loop + " " + Expr(Ty::Of(Ty::Int), d) + ")";
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

std::string Generator::Apply(const Ty& t, int d) {
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

std::string Generator::Match(const Ty& t, int d) {
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
      s = "(match " + scrutinee + " with 'a'..'z' -> " + a + " | ('0' | '1') as " + v + " -> " + b +
          " | _ -> " + Expr(t, d) + ")";
      break;
    }
  }
  return s;
}

std::string Generator::Lambda(const Ty& from, const Ty& to, int d) {
  size_t mark = env_.size();
  std::string v = Bind(from);
  std::string body = Expr(to, d);
  env_.resize(mark);
  return "(fun " + v + " -> " + body + ")";
}

std::string Generator::Specific(const Ty& t, int d) {
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
          return "(List.map " + Lambda(e, t.args[0], d) + " " + Expr(Ty::Of(Ty::List, e), d) + ")";
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

std::string Generator::FieldOf(const Ty& t, int d) {
  for (uint32_t i = 0; i < users_.size(); ++i) {
    if (!users_[i].record) continue;
    for (const Field& f : users_[i].fields)
      if (f.ty == t) return "(" + Expr(UserTy(i), d) + ")." + f.name;
  }
  return "";
}

std::string Generator::UnitExpr(int d) {
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
      return "(for " + i + " = " + from + (c_.OneIn(2) ? " to " : " downto ") + to + " do " + body +
             " done)";
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

}  // namespace mlhint::progen::detail
