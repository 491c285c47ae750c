// OCaml's escaping of characters and strings (Char.escaped, String.escaped,
// and the %C and %S conversions of Printf/Format built on them): printable
// ASCII is kept, a few characters get a backslash escape, every other byte
// becomes \ddd.
#pragma once

#include <string>
#include <string_view>

namespace mlhint {

// Appends the escaped form of `c`. In a string a '"' is escaped and a '\''
// is kept (String.escaped); in a character literal the reverse (Char.escaped).
void AppendOcamlEscaped(std::string& out, unsigned char c, bool in_string);

// %S: the string between double quotes, with String.escaped's escapes.
std::string OcamlQuotedString(std::string_view s);

// %C: the character between single quotes, with Char.escaped's escapes.
std::string OcamlQuotedChar(unsigned char c);

}  // namespace mlhint
