// OCaml's Oprint: the Outcometree of a type or a signature item laid out
// with Format's boxes, so that long types and signatures wrap where OCaml's
// wrap (variables, arrows, tuples, constructors, aliases; type, value,
// exception and module items). The trees are built in printtyp.cpp; both
// are declared in printtyp.h.

#include <algorithm>

#include "typing/env.h"
#include "typing/printtyp.h"

namespace mlhint::typing {

namespace {

bool IsIdentChar(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (c >= 192 && c <= 214) ||
         (c >= 216 && c <= 246) || c >= 248 || c == '\'' || (c >= '0' && c <= '9');
}

void PrintVar(fmt::Formatter& ppf, const std::string& name) {
  // Pprintast.tyvar: a name whose second character is a quote gets a space.
  if (name.size() >= 2 && name[1] == '\'')
    ppf.print_string("' " + name);
  else
    ppf.print_string("'" + name);
}

// A declaration's parameter: `_` as written, else a variable.
// Oprint's type_parameter: the variance shown ("+!", "!"), then the name.
void PrintParam(fmt::Formatter& ppf, const std::string& param) {
  size_t marks = param.find_first_not_of("+-!");
  if (marks == std::string::npos) marks = param.size();
  ppf.print_string(param.substr(0, marks));
  std::string name = param.substr(marks);
  if (name == "_")
    ppf.print_string(name);
  else
    PrintVar(ppf, name);
}

void PrintTypList(fmt::Formatter& ppf, const std::vector<OutType>& items, const char* sep,
                  bool simple) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (simple)
      PrintSimpleOutType(ppf, items[i]);
    else
      PrintOutType(ppf, items[i]);
    if (i + 1 < items.size()) {
      ppf.print_string(sep);
      ppf.print_space();
    }
  }
}

void PrintTypArgs(fmt::Formatter& ppf, const std::vector<OutType>& args) {
  if (args.empty()) return;
  if (args.size() == 1) {
    PrintSimpleOutType(ppf, args[0]);
    ppf.print_space();
    return;
  }
  ppf.open_box(1);
  ppf.print_char('(');
  PrintTypList(ppf, args, ",", false);
  ppf.print_char(')');
  ppf.close_box();
  ppf.print_space();
}

// Oprint's Otyp_variant: "%s@[<hov>[%s@[<hv>@[<hv>%a@]%a@]@ ]@]", each
// field "@[<hv 2>`%s%a%a@]" separated by "@;<1 -2>| ", the present tags
// after "@;<1 -2>> ".
void PrintVariant(fmt::Formatter& ppf, const OutType& t) {
  if (t.non_gen) ppf.print_string("_");
  ppf.open_hovbox(0);
  ppf.print_string(t.closed ? (t.tags_given ? "[< " : "[ ") : (t.tags_given ? "[? " : "[> "));
  ppf.open_hvbox(0);
  ppf.open_hvbox(0);
  for (size_t i = 0; i < t.fields.size(); ++i) {
    if (i > 0) {
      ppf.print_break(1, -2);
      ppf.print_string("| ");
    }
    const OutType& types = t.args[i];
    ppf.open_hvbox(2);
    ppf.print_string("`" + t.fields[i]);
    if (types.non_gen) {
      ppf.print_string(" of");
      ppf.print_space();
      ppf.print_string("&");
      ppf.print_space();
    } else if (!types.args.empty()) {
      ppf.print_string(" of");
      ppf.print_space();
    }
    for (size_t j = 0; j < types.args.size(); ++j) {
      if (j > 0) {
        ppf.print_string(" &");
        ppf.print_space();
      }
      PrintOutType(ppf, types.args[j]);
    }
    ppf.close_box();
  }
  ppf.close_box();
  if (t.tags_given && !t.tags.empty()) {
    ppf.print_break(1, -2);
    ppf.print_string("> ");
    ppf.open_hovbox(0);
    for (size_t i = 0; i < t.tags.size(); ++i) {
      if (i > 0) ppf.print_space();
      ppf.print_string("`" + t.tags[i]);
    }
    ppf.close_box();
  }
  ppf.close_box();
  ppf.print_space();
  ppf.print_string("]");
  ppf.close_box();
}

void PrintOutType2(fmt::Formatter& ppf, const OutType& t) {
  if (t.kind == OutType::Kind::Tuple) {
    ppf.open_box(0);
    PrintTypList(ppf, t.args, " *", true);
    ppf.close_box();
  } else {
    PrintSimpleOutType(ppf, t);
  }
}

void PrintOutType1(fmt::Formatter& ppf, const OutType& t) {
  if (t.kind == OutType::Kind::Arrow) {
    ppf.open_box(0);
    if (!t.name.empty()) {
      ppf.print_string(t.name);
      ppf.print_char(':');
    }
    PrintOutType2(ppf, t.args[0]);
    ppf.print_string(" ->");
    ppf.print_space();
    PrintOutType1(ppf, t.args[1]);
    ppf.close_box();
  } else {
    PrintOutType2(ppf, t);
  }
}

}  // namespace

void PrintOutType(fmt::Formatter& ppf, const OutType& t) {
  if (t.kind == OutType::Kind::Alias) {
    ppf.open_box(0);
    PrintOutType(ppf, t.args[0]);
    ppf.print_space();
    ppf.print_string("as ");
    PrintVar(ppf, t.name);
    ppf.close_box();
    return;
  }
  PrintOutType1(ppf, t);
}

void PrintSimpleOutType(fmt::Formatter& ppf, const OutType& t) {
  switch (t.kind) {
    case OutType::Kind::Constr:
      ppf.open_box(0);
      PrintTypArgs(ppf, t.args);
      ppf.print_string(t.name);
      ppf.close_box();
      break;
    case OutType::Kind::Var:
      PrintVar(ppf, t.non_gen ? "_" + t.name : t.name);
      break;
    case OutType::Kind::Stuff:
      ppf.print_string(t.name);
      break;
    case OutType::Kind::Record:
      // print_record_decl: "{%a@;<1 -2>}", each field preceded by "@ ".
      ppf.print_string("{");
      for (size_t i = 0; i < t.fields.size(); ++i) {
        ppf.print_space();
        ppf.open_box(2);
        ppf.print_string(t.fields[i] + " :");
        ppf.print_space();
        PrintOutType(ppf, t.args[i]);
        ppf.close_box();
        ppf.print_string(";");
      }
      ppf.print_break(1, -2);
      ppf.print_string("}");
      break;
    case OutType::Kind::Variant:
      PrintVariant(ppf, t);
      break;
    case OutType::Kind::Package:
      // Oprint's Otyp_module: "@[<1>(module %s", each constraint
      // " %s type %s = %a" (with, then and), ")@]".
      ppf.open_box(1);
      ppf.print_string("(module " + t.name);
      for (size_t i = 0; i < t.fields.size(); ++i) {
        ppf.print_string(std::string(i == 0 ? " with" : " and") + " type " + t.fields[i] + " = ");
        PrintOutType(ppf, t.args[i]);
      }
      ppf.print_string(")");
      ppf.close_box();
      break;
    case OutType::Kind::Attribute:
      ppf.open_box(1);
      ppf.print_char('(');
      PrintOutType(ppf, t.args[0]);
      ppf.print_string(" [@" + t.name + "])");
      ppf.close_box();
      break;
    case OutType::Kind::Arrow:
    case OutType::Kind::Tuple:
    case OutType::Kind::Alias:
      ppf.open_box(1);
      ppf.print_char('(');
      PrintOutType(ppf, t);
      ppf.print_char(')');
      ppf.close_box();
      break;
  }
}

std::string ValueIdent(const std::string& name) {
  static const char* kWords[] = {"or", "mod", "land", "lor", "lxor", "lsl", "lsr", "asr"};
  bool paren = false;
  for (const char* w : kWords)
    if (name == w) paren = true;
  for (unsigned char c : name)
    if (!IsIdentChar(c)) paren = true;
  return paren ? "( " + name + " )" : name;
}

void PrintOutConstructor(fmt::Formatter& ppf, const OutConstructor& c) {
  std::string name = c.name == "::" ? "(::)" : c.name;
  if (c.args.empty()) {
    ppf.print_string(name);
    return;
  }
  ppf.open_box(2);
  ppf.print_string(name + " of");
  ppf.print_space();
  PrintTypList(ppf, c.args, " *", true);
  ppf.close_box();
}

void PrintOutLabel(fmt::Formatter& ppf, const OutLabel& l) {
  // "@[<2>%s%s :@ %a@];"
  ppf.open_box(2);
  ppf.print_string(std::string(l.is_mutable ? "mutable " : "") + l.name + " :");
  ppf.print_space();
  PrintOutType(ppf, l.type);
  ppf.close_box();
  ppf.print_string(";");
}

namespace {

void PrintTypeDecl(fmt::Formatter& ppf, const OutSigItem& td) {
  // "@[<2>@[<hv 2>%t%a@]%t%t%t@]"
  ppf.open_box(2);
  ppf.open_hvbox(2);
  // print_name_params: "%s %t%a" kwd type_defined manifest
  ppf.print_string(td.type_kw + " ");
  if (td.params.empty()) {
    ppf.print_string(td.name);
  } else if (td.params.size() == 1) {
    ppf.open_box(0);
    PrintParam(ppf, td.params[0]);
    ppf.print_space();
    ppf.print_string(td.name);
    ppf.close_box();
  } else {
    ppf.open_box(0);
    ppf.print_string("(");
    ppf.open_box(0);
    for (size_t i = 0; i < td.params.size(); ++i) {
      if (i) {
        ppf.print_string(",");
        ppf.print_space();
      }
      PrintParam(ppf, td.params[i]);
    }
    ppf.print_string(")");
    ppf.close_box();
    ppf.print_space();
    ppf.print_string(td.name);
    ppf.close_box();
  }
  bool manifest_shown = td.has_manifest && td.decl_kind != DeclKind::Abstract;
  if (manifest_shown) {
    ppf.print_string(" =");
    ppf.print_space();
    PrintOutType(ppf, td.manifest);
  }
  switch (td.decl_kind) {
    case DeclKind::Abstract:
      if (td.has_manifest) {
        ppf.print_string(" =");
        ppf.print_break(1, 2);
        PrintOutType(ppf, td.manifest);
      }
      break;
    case DeclKind::Record:
      ppf.print_string(" = ");
      // print_record_decl: "{%a@;<1 -2>}" with fields each preceded by "@ "
      ppf.print_string("{");
      for (const OutLabel& l : td.labels) {
        ppf.print_space();
        PrintOutLabel(ppf, l);
      }
      ppf.print_break(1, -2);
      ppf.print_string("}");
      break;
    case DeclKind::Variant:
      ppf.print_string(" =");
      ppf.print_break(1, 2);
      if (td.constructors.empty()) {
        ppf.print_string("|");
      } else {
        for (size_t i = 0; i < td.constructors.size(); ++i) {
          if (i) {
            ppf.print_space();
            ppf.print_string("| ");
          }
          PrintOutConstructor(ppf, td.constructors[i]);
        }
      }
      break;
    case DeclKind::Open:
      ppf.print_string(" = ..");
      break;
  }
  ppf.close_box();
  if (td.immediate == Immediacy::Always) ppf.print_string(" [@@immediate]");
  if (td.immediate == Immediacy::Always64) ppf.print_string(" [@@immediate64]");
  if (td.unboxed) ppf.print_string(" [@@unboxed]");
  ppf.close_box();
}

// Oprint.print_simple_out_module_type of a signature or a name.
void PrintSimpleModuleType(fmt::Formatter& ppf, const std::string& name,
                           const std::vector<OutSigItem>& items) {
  if (name.empty())
    PrintOutSignatureType(ppf, items);
  else
    ppf.print_string(name);
}

// "@[<2>HEAD@ %a@]": the module type, a signature or a name, or a functor's
// (Oprint.print_out_functor: "@[<2>@[<2>functor@ (X : S)@ ...@]@ ->@ %a@]",
// each parameter's module type in a box of its own).
void PrintModuleBinding(fmt::Formatter& ppf, const std::string& head, const OutSigItem& item) {
  ppf.open_box(2);
  ppf.print_string(head);
  ppf.print_space();
  if (!item.functor_params.empty()) {
    ppf.open_box(2);
    ppf.open_box(2);
    ppf.print_string("functor");
    for (const OutFunctorParam& p : item.functor_params) {
      ppf.print_space();
      ppf.print_string("(" + p.name + " : ");
      ppf.open_box(2);
      PrintSimpleModuleType(ppf, p.mty_name, p.items);
      ppf.close_box();
      ppf.print_string(")");
    }
    ppf.close_box();
    ppf.print_space();
    ppf.print_string("->");
    ppf.print_space();
  }
  PrintSimpleModuleType(ppf, item.mty_name, item.items);
  if (!item.functor_params.empty()) ppf.close_box();
  ppf.close_box();
}

namespace {

// Primitive.add_native_repr_attributes: `[@unboxed]` or `[@untagged]` on
// the arguments and result whose repr the external's own attribute
// (printed after it) does not say.
OutType WithNativeReprs(OutType type, const ExternalPrims& external) {
  if (external.reprs.empty() || external.reprs.size() != static_cast<size_t>(external.arity) + 1)
    return type;
  bool said = std::any_of(external.attributes.begin(), external.attributes.end(),
                          [](const std::string& a) { return a == "unboxed" || a == "untagged"; });
  if (said) return type;
  auto mark = [](OutType& t, NativeRepr r) {
    if (r == NativeRepr::Same) return;
    OutType attributed;
    attributed.kind = OutType::Kind::Attribute;
    attributed.name = r == NativeRepr::Unboxed ? "unboxed" : "untagged";
    attributed.args.push_back(std::move(t));
    t = std::move(attributed);
  };
  OutType* at = &type;
  for (int i = 0; i < external.arity && at->kind == OutType::Kind::Arrow; ++i) {
    mark(at->args[0], external.reprs[static_cast<size_t>(i)]);
    at = &at->args[1];
  }
  mark(*at, external.reprs.back());
  return type;
}

}  // namespace

void PrintSigItem(fmt::Formatter& ppf, const OutSigItem& item) {
  switch (item.kind) {
    case OutSigItem::Kind::Value:
      ppf.open_box(2);
      ppf.print_string((item.external ? "external " : "val ") + ValueIdent(item.name) + " :");
      ppf.print_space();
      PrintOutType(ppf, item.external ? WithNativeReprs(item.type, *item.external) : item.type);
      if (item.external) {
        // Oprint's pr_prims (the names raw, as OCaml prints them), then
        // the attributes.
        for (size_t i = 0; i < item.external->prims.size(); ++i) {
          ppf.print_space();
          ppf.print_string((i == 0 ? "= \"" : "\"") + item.external->prims[i] + "\"");
        }
        for (const std::string& a : item.external->attributes) {
          ppf.print_space();
          ppf.print_string("[@@" + a + "]");
        }
      }
      ppf.close_box();
      break;
    case OutSigItem::Kind::Type:
      PrintTypeDecl(ppf, item);
      break;
    case OutSigItem::Kind::Exception:
      ppf.open_box(2);
      ppf.print_string("exception ");
      PrintOutConstructor(ppf, item.constructors[0]);
      ppf.close_box();
      break;
    case OutSigItem::Kind::Module:
      // Oprint: "@[<2>module %s :@ %a@]", the signature
      // "@[<hv 2>sig@ %a@;<1 -2>end@]" with its items separated by "@ ".
      if (!item.alias.empty()) {
        // Oprint's Omty_alias: "@[<2>module %s =@ %a@]".
        ppf.open_box(2);
        ppf.print_string("module " + item.name + " =");
        ppf.print_space();
        ppf.print_string(item.alias);
        ppf.close_box();
        break;
      }
      PrintModuleBinding(ppf, "module " + item.name + " :", item);
      break;
    case OutSigItem::Kind::ModuleType:
      // Oprint: "@[<2>module type %s =@ %a@]".
      PrintModuleBinding(ppf, "module type " + item.name + " =", item);
      break;
  }
}

}  // namespace

void PrintOutSignatureType(fmt::Formatter& ppf, const std::vector<OutSigItem>& items) {
  if (items.empty()) {
    ppf.print_string("sig end");
    return;
  }
  ppf.open_hvbox(2);
  ppf.print_string("sig");
  for (const OutSigItem& sub : items) {
    ppf.print_space();
    PrintSigItem(ppf, sub);
  }
  ppf.print_break(1, -2);
  ppf.print_string("end");
  ppf.close_box();
}

void PrintOutSigItem(fmt::Formatter& ppf, const OutSigItem& item) {
  PrintSigItem(ppf, item);
}

void PrintSignature(fmt::Formatter& ppf, const std::vector<OutSigItem>& items) {
  ppf.open_vbox(0);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) ppf.print_space();
    PrintSigItem(ppf, items[i]);
  }
  ppf.close_box();
}

}  // namespace mlhint::typing
