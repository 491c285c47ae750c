#include "support/escape.h"

namespace mlhint {

void AppendOcamlEscaped(std::string& out, unsigned char c, bool in_string) {
  switch (c) {
    case '\\':
      out += "\\\\";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\b':
      out += "\\b";
      return;
    default:
      break;
  }
  if ((in_string && c == '"') || (!in_string && c == '\'')) {
    out += '\\';
    out += static_cast<char>(c);
  } else if (c >= ' ' && c <= '~') {
    out += static_cast<char>(c);
  } else {
    out += '\\';
    out += static_cast<char>('0' + c / 100);
    out += static_cast<char>('0' + c / 10 % 10);
    out += static_cast<char>('0' + c % 10);
  }
}

std::string OcamlQuotedString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) AppendOcamlEscaped(out, static_cast<unsigned char>(c), true);
  return out + "\"";
}

std::string OcamlQuotedChar(unsigned char c) {
  std::string out = "'";
  AppendOcamlEscaped(out, c, false);
  return out + "'";
}

}  // namespace mlhint
