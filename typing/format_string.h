// The conversions of an OCaml format string, as CamlinternalFormat's
// fmt_ebb_of_string reads them in legacy mode (ocamlc's default without
// -strict-formats): flags, width and precision (`*` takes an argument),
// `%a`, `%t`, `%!`, `%%`, `@` for Format, scanning conversions. The typer
// turns them into the format6 type OCaml gives a string literal where a
// format is expected (Typer::TypeFormatString).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mlhint::typing {

struct FormatItem {
  enum class Kind : uint8_t {
    Int,
    Int32,
    Int64,
    Nativeint,
    Float,  // padding and precision
    String,
    Bool,          // padding only
    Char,          // %c %C
    Alpha,         // %a: ('b -> 'x -> 'c) -> 'x
    Theta,         // %t: 'b -> 'c
    Reader,        // %r
    Counter,       // %n %l %L %N (scanning): int
    ScanNextChar,  // %0c: char
    CharSet,       // %[...]: string
    FormatArg,     // %{ fmt %}: a format
    FormatSubst,   // %( fmt %): a format, then its arguments
  };
  enum class Arg : uint8_t { None, Literal, Star };
  Kind kind = Kind::Int;
  Arg pad = Arg::None;
  Arg prec = Arg::None;
  std::vector<FormatItem> sub;  // FormatArg, FormatSubst
};

struct ParsedFormat {
  std::vector<FormatItem> items;  // the conversions that take arguments, in order
  std::string error;              // OCaml's Failure message, when the format is invalid
};

ParsedFormat ParseFormatString(std::string_view str);

}  // namespace mlhint::typing
